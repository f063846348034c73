/**
 * The skills matrix as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs read Korean
 * correctly. Two shapes: long (one row per role × seniority × skill the role expects, the shape of the UK
 * government's Digital, Data and Technology capability framework data) and wide (one row per role × seniority,
 * one column per skill, the spreadsheet hiring managers keep).
 *
 * Rows are produced lazily and written in chunks of lines (`csvChunks`), so a large atlas never builds one
 * giant string (V8 refuses strings past ~512 MB: "invalid string length"). The long shape lists only the
 * skills a role expects (at some seniority): with every pair it would grow as roles × skills (≈ 3 GB per locale
 * with 1,000 roles and 3,000 skills), almost all of it "not expected".
 *
 * Text cells are guarded against formula injection (OWASP, "CSV Injection"): a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as text.
 */
import { SENIORITIES, type Seniority, type Team } from '../../schemas/constants';
import type { Matrix } from './model';

/** The UTF-8 byte-order mark, as the first character of a string. */
export const BOM = '\uFEFF';

/** Column names of the long CSV, the same in every locale. */
export const LONG_HEADER = [
  'role_id', 'role_name', 'team_id', 'team_name', 'seniority', 'seniority_name', 'skill_id', 'skill_name',
  'area_id', 'area_name', 'expected_level', 'level_name', 'level_descriptor',
] as const;

/** Names the CSV needs besides the matrix, in the matrix's locale. */
export interface CsvLabels {
  /** Name of each team. */
  team: Readonly<Record<Team, string>>;
  /** Name of each seniority. */
  seniority: Readonly<Record<Seniority, string>>;
  /** Name of each level 0–5 (level 0: not expected). */
  level: readonly string[];
  /** Headers of the first columns of the wide CSV: role id, role name, team, seniority. */
  wideHeader: readonly [string, string, string, string];
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection guidance). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as text: a leading `'` when it starts like a formula. Numbers stay numbers. */
export function neutralise(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: guarded against formula injection, then quoted when it holds a comma, a double quote, CR or LF (quotes doubled). */
export function csvField(value: string | number): string {
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV row with its CRLF. */
export const csvLine = (row: readonly (string | number)[]): string => `${row.map(csvField).join(',')}\r\n`;

/** Rows as CSV text in chunks of `perChunk` lines, the first starting with a byte-order mark unless `bom` is false. */
export function* csvChunks(rows: Iterable<readonly (string | number)[]>, perChunk = 2000, bom = true): Generator<string> {
  let lines: string[] = bom ? [BOM] : [];
  for (const row of rows) {
    lines.push(csvLine(row));
    if (lines.length >= perChunk) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/** Rows as one CSV text (small tables and tests): CRLF after every row, a leading byte-order mark unless `bom` is false. */
export function toCsv(rows: Iterable<readonly (string | number)[]>, bom = true): string {
  return [...csvChunks(rows, Infinity, bom)].join('');
}

/** Whether a role expects a skill at some seniority (the long CSV lists exactly these pairs). */
export const expects = (levels: readonly number[]): boolean => levels.some((l) => l > 0);

/**
 * The long table, lazily: a header, then one row per role × seniority × skill the role expects at some seniority
 * (roles in column order, seniorities junior → lead, skills in row order); a level 0 at one seniority (e.g.
 * not yet at junior) is listed with an empty descriptor.
 */
export function* longRows(matrix: Matrix, labels: CsvLabels): Generator<(string | number)[]> {
  yield [...LONG_HEADER];
  const rows = matrix.areas.flatMap((area) => area.skills.map((skill) => ({ area, skill })));
  for (const [column, role] of matrix.roles.entries()) {
    const listed = rows.filter(({ skill }) => expects(skill.levels[column]!));
    for (const [s, seniority] of SENIORITIES.entries()) {
      for (const { area, skill } of listed) {
        const level = skill.levels[column]![s]!;
        yield [
          role.id, role.name, role.team, labels.team[role.team], seniority, labels.seniority[seniority],
          skill.id, skill.name, area.id, area.name, level, labels.level[level]!, level === 0 ? '' : skill.descriptors[level - 1]!,
        ];
      }
    }
  }
}

/** The wide table, lazily: a header (role id, role, team, seniority, then every skill's name), then one row per role × seniority. */
export function* wideRows(matrix: Matrix, labels: CsvLabels): Generator<(string | number)[]> {
  const skills = matrix.areas.flatMap((a) => a.skills);
  yield [...labels.wideHeader, ...skills.map((s) => s.name)];
  for (const [column, role] of matrix.roles.entries()) {
    for (const [s, seniority] of SENIORITIES.entries()) {
      yield [role.id, role.name, labels.team[role.team], labels.seniority[seniority], ...skills.map((k) => k.levels[column]![s]!)];
    }
  }
}
