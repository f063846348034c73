import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/domain/excerpt';

describe('excerptParts', () => {
  it('flags the marked words and keeps the rest as text', () => {
    expect(excerptParts('convert to <mark>TensorRT</mark> for GPUs')).toEqual([
      { text: 'convert to ', mark: false },
      { text: 'TensorRT', mark: true },
      { text: ' for GPUs', mark: false },
    ]);
  });

  it('decodes entities into plain text, so markup in content stays text', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>QPS</mark>')).toEqual([
      { text: '<script>alert(1)</script> & ', mark: false },
      { text: 'QPS', mark: true },
    ]);
  });

  it('drops any other tag', () => {
    expect(excerptParts('a <b>bold</b> word')).toEqual([{ text: 'a bold word', mark: false }]);
  });
});

describe('excerptParts: entities and empty parts', () => {
  it('decodes each entity Pagefind writes', () => {
    expect(excerptParts('&amp; &lt; &gt; &quot; &#39; &#x27;')).toEqual([{ text: `& < > " ' '`, mark: false }]);
  });

  it('leaves other entities as they are, so nothing is decoded twice', () => {
    expect(excerptParts('&amp;lt; &nbsp;')).toEqual([{ text: '&lt; &nbsp;', mark: false }]);
  });

  it('yields no empty parts for a leading mark or a token that is only tags', () => {
    expect(excerptParts('<mark>QPS</mark><br><b></b>')).toEqual([{ text: 'QPS', mark: true }]);
  });
});
