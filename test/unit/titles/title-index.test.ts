import { describe, expect, it } from 'vitest';
import { isTitleIndex } from '../../../src/domain/titles/title-index';

describe('the fetched title index', () => {
  const role = { id: 'modeler', name: { en: 'Modeler', ko: '모델러' }, titles: { en: ['NLP Engineer'], ko: ['딥러닝 엔지니어'] }, words: 'model' };

  it('is accepted only when every role has an id, words, English and Korean titles and an English name', () => {
    expect(isTitleIndex({ version: 1, roles: [role, { ...role, id: 'ai-engineer' }] })).toBe(true);
    expect(isTitleIndex({ version: 1, roles: [] })).toBe(true);
    for (const broken of [
      { ...role, id: 7 },
      { ...role, words: ['model'] },
      { ...role, titles: { en: ['x'] } },
      { ...role, titles: { ko: ['x'] } },
      { ...role, titles: undefined },
      { ...role, name: { ko: '모델러' } },
      { ...role, name: undefined },
      null,
    ]) {
      expect(isTitleIndex({ version: 1, roles: [role, broken] }), JSON.stringify(broken)).toBe(false);
    }
    expect(isTitleIndex('{"version":1,"roles":[]}')).toBe(false);
    expect(isTitleIndex({ version: 1 })).toBe(false);
  });
});
