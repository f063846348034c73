/**
 * The skills matrix: every role × every skill, with the expected level at each seniority. Roles are the
 * columns, grouped by team; skills are the rows, grouped by competency area. Pure: built from the joined
 * atlas (or any plain data of the same shape) for one locale.
 */
import { SENIORITIES, TEAMS, type Locale, type Seniority, type Team } from '../../schemas/constants';
import type { Atlas } from '../atlas';

/** Expected levels at junior, mid, senior and lead, in that order. */
export type Levels = readonly [number, number, number, number];

/** A column of the matrix. */
export interface MatrixRole {
  /** Role id. */
  id: string;
  /** Role name in the matrix's locale. */
  name: string;
  /** The team the role sits in. */
  team: Team;
}

/** A row of the matrix. */
export interface MatrixSkill {
  /** Skill id. */
  id: string;
  /** Skill name in the matrix's locale. */
  name: string;
  /** Competency area id. */
  area: string;
  /** What a person does at levels 1–5, in the matrix's locale. */
  descriptors: readonly string[];
  /** Expected levels per role, in column order (0 where the role does not expect the skill). */
  levels: readonly Levels[];
}

/** The whole matrix in one locale. */
export interface Matrix {
  /** Locale of every name and descriptor. */
  locale: Locale;
  /** Column groups: teams in their fixed order, each with its roles by id; teams without a role are left out. */
  teams: { team: Team; roles: MatrixRole[] }[];
  /** Every column, in the order of `teams`. */
  roles: MatrixRole[];
  /** Row groups: areas in display order, each with its skills; areas without a skill are left out. */
  areas: { id: string; name: string; skills: MatrixSkill[] }[];
}

const NONE: Levels = [0, 0, 0, 0];

/** Builds the matrix of `atlas` in `locale`. */
export function buildMatrix(atlas: Pick<Atlas, 'areas' | 'skills' | 'roles'>, locale: Locale): Matrix {
  const teams = TEAMS.map((team) => ({
    team,
    roles: atlas.roles
      .filter((r) => r.facts.team === team)
      .map((r): MatrixRole => ({ id: r.id, name: r.text[locale].name, team })),
  })).filter((g) => g.roles.length > 0);
  const roles = teams.flatMap((g) => g.roles);
  const expectationsOf = new Map(atlas.roles.map((r) => [r.id, r.facts.expectations]));
  const expectations = roles.map((r) => expectationsOf.get(r.id)!);
  const skillsOf = new Map<string, Pick<Atlas, 'skills'>['skills']>();
  for (const s of atlas.skills) {
    const list = skillsOf.get(s.facts.area);
    if (list) list.push(s);
    else skillsOf.set(s.facts.area, [s]);
  }
  const areas = atlas.areas
    .map((area) => ({
      id: area.id,
      name: area.text[locale].name,
      skills: (skillsOf.get(area.id) ?? [])
        .map((s): MatrixSkill => ({
          id: s.id,
          name: s.text[locale].name,
          area: area.id,
          descriptors: s.text[locale].levels,
          levels: expectations.map((e) => (e[s.id] as Levels | undefined) ?? NONE),
        })),
    }))
    .filter((a) => a.skills.length > 0);
  return { locale, teams, roles, areas };
}

/** The level `skill` expects of the role in column `column` at `seniority`. */
export function levelAt(skill: Pick<MatrixSkill, 'levels'>, column: number, seniority: Seniority): number {
  const levels = skill.levels[column];
  if (!levels) throw new RangeError(`no column: ${column}`);
  return levels[SENIORITIES.indexOf(seniority)]!;
}

/** One row per skill at one seniority: the skill, its area and the expected level of every role, in column order. */
export function matrixRows(matrix: Matrix, seniority: Seniority): { skill: string; area: string; levels: number[] }[] {
  return matrix.areas.flatMap((area) =>
    area.skills.map((skill) => ({
      skill: skill.id,
      area: area.id,
      levels: matrix.roles.map((_, column) => levelAt(skill, column, seniority)),
    })),
  );
}

/** The four levels of a cell as one digit each ("1234"), for a compact `data-*` attribute. */
export function encodeLevels(levels: Levels): string {
  return levels.join('');
}

/** Reads the digits written by `encodeLevels`, or throws. */
export function decodeLevels(digits: string): Levels {
  if (!/^[0-5]{4}$/.test(digits)) throw new RangeError(`invalid levels: ${digits}`);
  return [...digits].map(Number) as unknown as Levels;
}
