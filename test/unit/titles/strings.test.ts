import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import ko from '../../../src/i18n/ko.json';

describe('the title lookup’s note on a title other roles list too', () => {
  it('reads right for one, two or more other roles: it counts none of them', () => {
    // The note follows "Also listed for {roles}", a list of one to many roles.
    expect(ko['titles.shared']).not.toMatch(/둘|두 /);
    expect(en['titles.shared']).not.toMatch(/\b(both|two|either)\b/i);
  });
});
