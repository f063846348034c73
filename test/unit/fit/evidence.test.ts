import { describe, expect, it } from 'vitest';
import { evidenceHref } from '../../../src/domain/fit/evidence';

describe('evidence links', () => {
  it('links an http or https address, as the parsed URL', () => {
    expect(evidenceHref('https://github.com/kim/crnn-repro')).toBe('https://github.com/kim/crnn-repro');
    expect(evidenceHref('http://example.org/demo?x=1#top')).toBe('http://example.org/demo?x=1#top');
    expect(evidenceHref('HTTPS://Example.org')).toBe('https://example.org/');
  });

  it('links nothing else: script, data and file addresses, relative or unparsable text stay text', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/roles/modeler/', 'example.org/x', 'https://', 'not a url']) {
      expect(evidenceHref(text), text).toBeNull();
    }
  });
});
