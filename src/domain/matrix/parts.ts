/**
 * A large matrix split into pages. Up to `MATRIX_MAX_CELLS` cells (roles × skills) the whole matrix is one
 * page; past that (an organisation with hundreds of roles and thousands of skills) one page would weigh
 * megabytes, so the columns are cut into parts: each part holds consecutive roles of one team, as many as fit
 * in the cell budget (and at most `MATRIX_MAX_ROLES`), and only the rows of the skills those roles expect at
 * some seniority. A page's size then depends on the part, never on the size of the atlas. Pure.
 */
import type { Team } from '../../schemas/constants';
import { expects } from './csv';
import type { Matrix, MatrixSkill } from './model';

/** Cells (skills × roles) a single matrix page may hold. */
export const MATRIX_MAX_CELLS = 1200;
/** Roles (columns) a part may hold. */
export const MATRIX_MAX_ROLES = 24;

/** One page of a split matrix. */
export interface MatrixPart {
  /** URL slug, `<team>-<n>`. */
  slug: string;
  team: Team;
  /** 1-based number of the part within its team. */
  index: number;
  /** Column numbers (in the whole matrix) of its roles. */
  columns: number[];
  /** Row numbers (in the whole matrix, row order) of the skills it shows: those its roles expect. */
  rows: number[];
}

/** Whether the whole matrix fits one page. */
export function fitsOnePage(matrix: Pick<Matrix, 'roles' | 'areas'>, maxCells = MATRIX_MAX_CELLS): boolean {
  const skills = matrix.areas.reduce((n, a) => n + a.skills.length, 0);
  return skills * matrix.roles.length <= maxCells;
}

/** Every skill row of the matrix, in row order. */
const allRows = (matrix: Pick<Matrix, 'areas'>): MatrixSkill[] => matrix.areas.flatMap((a) => a.skills);

/**
 * The parts of a matrix too large for one page: per team (team order), consecutive roles (column order) while
 * the part's expected skills × its roles stay within `maxCells` and its roles within `maxRoles`; a role that
 * alone exceeds the budget gets a part of its own. Costs one pass over the cells.
 */
export function matrixParts(matrix: Pick<Matrix, 'teams' | 'roles' | 'areas'>, maxCells = MATRIX_MAX_CELLS, maxRoles = MATRIX_MAX_ROLES): MatrixPart[] {
  const expected: number[][] = matrix.roles.map(() => []); // per column: row numbers of the skills it expects
  allRows(matrix).forEach((skill, row) => skill.levels.forEach((levels, column) => {
    if (expects(levels)) expected[column]!.push(row);
  }));
  const parts: MatrixPart[] = [];
  let column = 0;
  for (const { team, roles } of matrix.teams) {
    let current: { columns: number[]; rows: Set<number> } | null = null;
    let index = 0;
    const close = () => {
      if (!current) return;
      index += 1;
      parts.push({ slug: `${team}-${index}`, team, index, columns: current.columns, rows: [...current.rows].sort((a, b) => a - b) });
      current = null;
    };
    for (let i = 0; i < roles.length; i++, column++) {
      const mine = expected[column]!;
      if (current) {
        const rows: Set<number> = current.rows;
        const union = rows.size + mine.filter((r) => !rows.has(r)).length;
        if (current.columns.length >= maxRoles || union * (current.columns.length + 1) > maxCells) close();
      }
      current ??= { columns: [], rows: new Set() };
      current.columns.push(column);
      for (const r of mine) current.rows.add(r);
    }
    close();
  }
  return parts;
}

const rowIndex = new WeakMap<object, { area: Matrix['areas'][number]; skill: MatrixSkill }[]>();

/** The matrix of one part: its roles only, and its rows only (grouped by area). Costs O(its cells), not O(matrix). */
export function partMatrix(matrix: Matrix, part: Pick<MatrixPart, 'columns' | 'rows'>): Matrix {
  let index = rowIndex.get(matrix);
  if (!index) {
    index = matrix.areas.flatMap((area) => area.skills.map((skill) => ({ area, skill })));
    rowIndex.set(matrix, index);
  }
  const roles = part.columns.map((c) => matrix.roles[c]!);
  const teams = matrix.teams.map((g) => ({ team: g.team, roles: roles.filter((r) => r.team === g.team) })).filter((g) => g.roles.length > 0);
  const areas: Matrix['areas'] = [];
  for (const row of part.rows) {
    const { area, skill } = index[row]!;
    if (areas.at(-1)?.id !== area.id) areas.push({ id: area.id, name: area.name, skills: [] });
    areas.at(-1)!.skills.push({ ...skill, levels: part.columns.map((c) => skill.levels[c]!) });
  }
  return { locale: matrix.locale, teams, roles, areas };
}

/** The parts with the neighbours a part page links to. */
export function partNeighbours<P>(parts: readonly P[], i: number): { previous?: P; next?: P } {
  return { ...(i > 0 ? { previous: parts[i - 1] } : {}), ...(i < parts.length - 1 ? { next: parts[i + 1] } : {}) };
}
