/**
 * The skills matrix as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs read Korean
 * correctly. Two shapes: long (one row per role × seniority × skill, the shape of the UK government's
 * Digital, Data and Technology capability framework data) and wide (one row per role × seniority, one
 * column per skill, the spreadsheet hiring managers keep).
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

/** One CSV field: quoted when it holds a comma, a double quote, CR or LF (quotes doubled); numbers as they are. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text: CRLF after every row, with a leading byte-order mark unless `bom` is false. */
export function toCsv(rows: readonly (readonly (string | number)[])[], bom = true): string {
  return (bom ? BOM : '') + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * The long table: a header, then one row per role × seniority × skill (roles in column order, seniorities
 * junior → lead, skills in row order), level 0 included with an empty descriptor.
 */
export function longRows(matrix: Matrix, labels: CsvLabels): (string | number)[][] {
  const rows: (string | number)[][] = [[...LONG_HEADER]];
  matrix.roles.forEach((role, column) => {
    SENIORITIES.forEach((seniority, s) => {
      for (const area of matrix.areas) {
        for (const skill of area.skills) {
          const level = skill.levels[column]![s]!;
          rows.push([
            role.id, role.name, role.team, labels.team[role.team], seniority, labels.seniority[seniority],
            skill.id, skill.name, area.id, area.name, level, labels.level[level]!, level === 0 ? '' : skill.descriptors[level - 1]!,
          ]);
        }
      }
    });
  });
  return rows;
}

/** The wide table: a header (role id, role, team, seniority, then every skill's name), then one row per role × seniority. */
export function wideRows(matrix: Matrix, labels: CsvLabels): (string | number)[][] {
  const skills = matrix.areas.flatMap((a) => a.skills);
  const rows: (string | number)[][] = [[...labels.wideHeader, ...skills.map((s) => s.name)]];
  matrix.roles.forEach((role, column) => {
    SENIORITIES.forEach((seniority, s) => {
      rows.push([role.id, role.name, labels.team[role.team], labels.seniority[seniority], ...skills.map((k) => k.levels[column]![s]!)]);
    });
  });
  return rows;
}
