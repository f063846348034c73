/** The built skills-matrix CSVs (<dist>/api/v1/<locale>/skills-matrix*.csv), read as a spreadsheet program would. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../support/read-content';

/** The built site (`ATLAS_DIST`, default dist/). */
const API = join(process.env.ATLAS_DIST ?? 'dist', 'api/v1');
const tree = readContentTree('.');
const roles = tree.roles.facts.length;
const skills = tree.skills.facts.length;
/** (role, skill) pairs where the role expects the skill above 0 at some seniority: the long CSV's rows per seniority. */
const expected = tree.roles.facts
  .flatMap((r) => Object.values((r.data as { expectations: Record<string, number[]> }).expectations))
  .filter((levels) => levels.some((l) => l > 0)).length;
const nameOf = (kind: 'roles' | 'skills', locale: string, id: string) =>
  (tree[kind].text.find((t) => t.locale === locale && t.id === id)!.data as { name: string }).name;

/** Splits RFC 4180 text into rows of fields (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

const LONG_HEADER = [
  'role_id', 'role_name', 'team_id', 'team_name', 'seniority', 'seniority_name', 'skill_id', 'skill_name',
  'area_id', 'area_name', 'expected_level', 'level_name', 'level_descriptor',
];

describe.each(['en', 'ko'])('the %s skills-matrix CSVs', (locale) => {
  const read = (name: string) => readFileSync(join(API, locale, `${name}.csv`));

  it('have been built', () => {
    expect(existsSync(join(API, locale, 'skills-matrix.csv')), 'run `npm run build` first').toBe(true);
  });

  it('start with a UTF-8 byte-order mark and decode as UTF-8 without replacement characters', () => {
    for (const name of ['skills-matrix', 'skills-matrix-wide']) {
      const bytes = read(name);
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes), name).not.toContain('\uFFFD');
    }
  });

  it('have one long row per role × seniority × expected skill with the published header and 13 fields each', () => {
    const rows = parseCsv(read('skills-matrix').toString('utf8').slice(1));
    expect(rows[0]).toEqual(LONG_HEADER);
    expect(expected).toBeGreaterThan(100);
    expect(rows.length - 1).toBe(expected * 4);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([13]));
    const keys = new Set(rows.slice(1).map((r) => `${r[0]}|${r[4]}|${r[6]}`));
    expect(keys.size).toBe(expected * 4);
    for (const row of rows.slice(1)) {
      expect(['junior', 'mid', 'senior', 'lead']).toContain(row[4]);
      expect(row[10]).toMatch(/^[0-5]$/);
      expect(row[12] === '', `${row[0]} ${row[6]} ${row[10]}`).toBe(row[10] === '0');
    }
  });

  it('keep the names of the locale intact, Korean included', () => {
    const rows = parseCsv(read('skills-matrix').toString('utf8').slice(1));
    const modeler = rows.find((r) => r[0] === 'modeler' && r[4] === 'lead')!;
    expect(modeler[1]).toBe(nameOf('roles', locale, 'modeler'));
    const conversion = rows.find((r) => r[6] === 'model-conversion')!;
    expect(conversion[7]).toBe(nameOf('skills', locale, 'model-conversion'));
    if (locale === 'ko') {
      expect(modeler[1]).toBe('모델러');
      expect(modeler[5]).toBe('리드');
      expect(rows.some((r) => /[가-힣]/.test(r[12]!))).toBe(true);
    } else {
      expect(modeler[5]).toBe('Lead');
    }
  });

  it('have one wide row per role × seniority and one column per skill', () => {
    const rows = parseCsv(read('skills-matrix-wide').toString('utf8').slice(1));
    expect(rows.length - 1).toBe(roles * 4);
    expect(rows[0]!.length).toBe(4 + skills);
    expect(rows[0]![0]).toBe(locale === 'ko' ? '직무 ID' : 'Role id');
    for (const row of rows.slice(1)) expect(row.slice(4).every((v) => /^[0-5]$/.test(v))).toBe(true);
  });

  it('are listed in the API index with their row counts', () => {
    const index = JSON.parse(readFileSync(join(API, 'index.json'), 'utf8')) as { files: { locale: string; name: string; url: string; rows: number }[] };
    const files = index.files.filter((f) => f.locale === locale);
    expect(files.map((f) => [f.name, f.rows])).toEqual([
      ['skills-matrix', expected * 4],
      ['skills-matrix-wide', roles * 4],
    ]);
    for (const f of files) expect(f.url).toMatch(new RegExp(`api/v1/${locale}/${f.name}\\.csv$`));
  });
});
