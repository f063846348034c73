import { describe, expect, it } from 'vitest';
import { matrixCsvPath, matrixCsvRowCount, matrixFiles } from '../../../src/domain/matrix/files';
import { buildIndex } from '../../../src/domain/open-data';
import { KIND_NAMES, type Kind } from '../../../src/schemas/index';

describe('the published matrix CSVs', () => {
  it('live under the API, per locale, below the site base', () => {
    expect(matrixCsvPath('/', 'en', 'long')).toBe('/api/v1/en/skills-matrix.csv');
    expect(matrixCsvPath('/atlas/', 'ko', 'wide')).toBe('/atlas/api/v1/ko/skills-matrix-wide.csv');
  });

  it('count rows per role × seniority × skill (long) and per role × seniority (wide)', () => {
    expect(matrixCsvRowCount('long', 13, 39)).toBe(2028);
    expect(matrixCsvRowCount('wide', 13, 39)).toBe(52);
  });

  it('are listed in the API index, both shapes in both locales', () => {
    const counts = Object.fromEntries(KIND_NAMES.map((k) => [k, 1])) as Record<Kind, number>;
    const index = buildIndex('/atlas/', counts, matrixFiles('/atlas/', 2, 3));
    expect(index.files.map((f) => [f.locale, f.url, f.mediaType, f.rows])).toEqual([
      ['en', '/atlas/api/v1/en/skills-matrix.csv', 'text/csv', 24],
      ['en', '/atlas/api/v1/en/skills-matrix-wide.csv', 'text/csv', 8],
      ['ko', '/atlas/api/v1/ko/skills-matrix.csv', 'text/csv', 24],
      ['ko', '/atlas/api/v1/ko/skills-matrix-wide.csv', 'text/csv', 8],
    ]);
  });
});
