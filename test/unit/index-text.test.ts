import { describe, expect, it } from 'vitest';
import { separateBoxes } from '../../src/domain/index-text';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('separateBoxes', () => {
  it('keeps header cells, captions and definition lists apart', () => {
    const html = '<table><caption>Levels</caption><thead><tr><th>Junior</th><th>Mid</th></tr></thead></table>'
      + '<dl><dt>Team</dt><dd>Model team</dd></dl>';
    expect(text(separateBoxes(html))).toBe('Levels Junior Mid  Team Model team ');
    expect(text(html)).toBe('LevelsJuniorMidTeamModel team');
  });

  it('leaves inline markup and already separated boxes alone', () => {
    const html = '<p>Use <a href="/x">ONNX</a><em>Runtime</em></p>\n<p>next</p>';
    expect(separateBoxes(html)).toBe(html);
  });

  it('matches upper-case tags and every heading level', () => {
    expect(separateBoxes('<H2>A</H2><h6>B</h6>C')).toBe('<H2>A</H2> <h6>B</h6> C');
  });
});

describe('separateBoxes: which elements count as boxes', () => {
  it.each(['th', 'td', 'tr', 'caption', 'dt', 'dd', 'li', 'summary', 'figcaption', 'legend', 'label', 'p', 'div', 'section', 'h1', 'h3', 'h5'])(
    'puts a space after </%s> when a word follows directly',
    (tag) => {
      expect(separateBoxes(`<${tag}>one</${tag}>two`)).toBe(`<${tag}>one</${tag}> two`);
    },
  );

  it.each(['span', 'a', 'em', 'strong', 'code', 'thead', 'tbody', 'table', 'h7', 'pre', 'mark'])('leaves </%s> alone', (tag) => {
    expect(separateBoxes(`<${tag}>one</${tag}>two`)).toBe(`<${tag}>one</${tag}>two`);
  });

  it('adds nothing where white space already follows, or at the end of the page', () => {
    expect(separateBoxes('<td>a</td>\t<td>b</td>')).toBe('<td>a</td>\t<td>b</td>');
    expect(separateBoxes('<p>end</p>')).toBe('<p>end</p>');
  });
});
