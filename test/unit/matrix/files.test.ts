import { describe, expect, it } from 'vitest';
import { matrixCounts, matrixCsvPath, matrixCsvRowCount, matrixFiles } from '../../../src/domain/matrix/files';
import { buildIndex } from '../../../src/domain/open-data';
import { KIND_NAMES, type Kind } from '../../../src/schemas/index';

describe('the published matrix CSVs', () => {
  it('live under the API, per locale, below the site base', () => {
    expect(matrixCsvPath('/', 'en', 'long')).toBe('/api/v1/en/skills-matrix.csv');
    expect(matrixCsvPath('/atlas/', 'ko', 'wide')).toBe('/atlas/api/v1/ko/skills-matrix-wide.csv');
  });

  it('count rows per expected role-skill pair × seniority (long) and per role × seniority (wide)', () => {
    expect(matrixCsvRowCount('long', { roles: 13, expected: 120 })).toBe(480);
    expect(matrixCsvRowCount('wide', { roles: 13, expected: 120 })).toBe(52);
  });

  it('count a pair only when the role expects the skill above 0 at some seniority', () => {
    const roles = [
      { facts: { expectations: { a: [0, 1, 2, 3], b: [0, 0, 0, 0] } } },
      { facts: { expectations: { a: [1, 1, 1, 1] } } },
      { facts: { expectations: {} } },
    ];
    expect(matrixCounts(roles)).toEqual({ roles: 3, expected: 2 });
  });

  it('are listed in the API index, both shapes in both locales', () => {
    const counts = Object.fromEntries(KIND_NAMES.map((k) => [k, 1])) as Record<Kind, number>;
    const index = buildIndex('/atlas/', counts, matrixFiles('/atlas/', { roles: 2, expected: 3 }));
    expect(index.files.map((f) => [f.locale, f.url, f.mediaType, f.rows])).toEqual([
      ['en', '/atlas/api/v1/en/skills-matrix.csv', 'text/csv', 12],
      ['en', '/atlas/api/v1/en/skills-matrix-wide.csv', 'text/csv', 8],
      ['ko', '/atlas/api/v1/ko/skills-matrix.csv', 'text/csv', 12],
      ['ko', '/atlas/api/v1/ko/skills-matrix-wide.csv', 'text/csv', 8],
    ]);
  });
});
