/** The skills-matrix CSV files published with the open data: names, paths and row counts. */
import { LOCALES, SENIORITIES, type Locale } from '../../schemas/constants';
import { apiPath, type ApiIndex } from '../open-data';

/** Shapes of the published matrix: `long` (one row per role × seniority × skill) and `wide` (per role × seniority). */
export const MATRIX_SHAPES = ['long', 'wide'] as const;
/** A shape of the published matrix. */
export type MatrixShape = (typeof MATRIX_SHAPES)[number];

/** File name (without extension) of each shape, the same in every locale. */
export const MATRIX_FILE_NAMES: Readonly<Record<MatrixShape, string>> = { long: 'skills-matrix', wide: 'skills-matrix-wide' };

/** Path of the matrix CSV of `shape` in `locale`, e.g. `/api/v1/ko/skills-matrix.csv`. */
export function matrixCsvPath(base: string, locale: Locale, shape: MatrixShape): string {
  return apiPath(base, `${locale}/${MATRIX_FILE_NAMES[shape]}.csv`);
}

/** What the row counts depend on: the number of roles and of (role, skill) pairs where the role expects the skill at some seniority. */
export interface MatrixCounts {
  roles: number;
  /** Pairs of a role and a skill it expects above 0 at some seniority. */
  expected: number;
}

/** The counts of `roles` (each with its expected levels per skill). */
export function matrixCounts(roles: readonly { facts: { expectations: Readonly<Record<string, readonly number[]>> } }[]): MatrixCounts {
  let expected = 0;
  for (const role of roles) for (const levels of Object.values(role.facts.expectations)) if (levels.some((l) => l > 0)) expected += 1;
  return { roles: roles.length, expected };
}

/** Data rows (header not counted) of the CSV of `shape`: per expected pair × seniority (long), per role × seniority (wide). */
export function matrixCsvRowCount(shape: MatrixShape, counts: MatrixCounts): number {
  return (shape === 'long' ? counts.expected : counts.roles) * SENIORITIES.length;
}

const ROW_DESCRIPTIONS: Readonly<Record<MatrixShape, string>> = {
  long: 'One row per role × seniority × skill the role expects (at some seniority): ids and names of role, team, seniority, skill and area, the expected level (0–5), its name and its descriptor. A skill a role does not expect at any seniority has no row.',
  wide: 'One row per role × seniority: role id, role, team and seniority, then the expected level (0–5) in each skill, one column per skill.',
};

/** The matrix CSVs as the API index lists them: every shape in every locale, with its row count. */
export function matrixFiles(base: string, counts: MatrixCounts): ApiIndex['files'] {
  return LOCALES.flatMap((locale) =>
    MATRIX_SHAPES.map((shape) => ({
      locale,
      name: MATRIX_FILE_NAMES[shape],
      url: matrixCsvPath(base, locale, shape),
      mediaType: 'text/csv' as const,
      rows: matrixCsvRowCount(shape, counts),
      description: ROW_DESCRIPTIONS[shape],
    })),
  );
}
