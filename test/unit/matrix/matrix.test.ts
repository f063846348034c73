import { beforeEach, describe, expect, it } from 'vitest';
import type { Atlas } from '../../../src/domain/atlas';
import {
  BOM, buildMatrix, csvChunks, csvField, decodeLevels, encodeLevels, groupedSortOrder, levelAt, longRows, matrixRows, neutralise,
  nextSort, sortOrder, toCsv, wideRows, type CsvLabels,
} from '../../../src/domain/matrix/index';

const text = (en: object, ko: object) => ({ en, ko });
const levels = (tag: string) => [1, 2, 3, 4, 5].map((n) => `${tag} level ${n}`);

/** Two areas, three skills, three roles in two teams; entries deliberately listed out of display order. */
const atlas = {
  areas: [
    { id: 'modeling', facts: { order: 1 }, text: text({ name: 'Modeling' }, { name: '모델링' }) },
    { id: 'serving', facts: { order: 2 }, text: text({ name: 'Serving' }, { name: '서빙' }) },
    { id: 'empty', facts: { order: 3 }, text: text({ name: 'Empty' }, { name: '빈 영역' }) },
  ],
  skills: [
    { id: 'conversion', facts: { area: 'serving' }, text: text({ name: 'Conversion', levels: levels('conv') }, { name: '변환', levels: levels('변환') }) },
    { id: 'architecture', facts: { area: 'modeling' }, text: text({ name: 'Architecture', levels: levels('arch') }, { name: '아키텍처', levels: levels('아키') }) },
    { id: 'training', facts: { area: 'modeling' }, text: text({ name: 'Training', levels: levels('train') }, { name: '학습', levels: levels('학습') }) },
  ],
  roles: [
    { id: 'model-engineer', facts: { team: 'serving', expectations: { conversion: [2, 3, 4, 5] } }, text: text({ name: 'Model engineer' }, { name: '모델 엔지니어' }) },
    { id: 'researcher', facts: { team: 'research', expectations: { architecture: [2, 3, 5, 5] } }, text: text({ name: 'Researcher' }, { name: '리서처' }) },
    { id: 'modeler', facts: { team: 'model', expectations: { architecture: [2, 3, 4, 4], training: [1, 2, 3, 4], conversion: [0, 1, 1, 2] } }, text: text({ name: 'Modeler' }, { name: '모델러' }) },
  ],
} as unknown as Pick<Atlas, 'areas' | 'skills' | 'roles'>;

const labels: CsvLabels = {
  team: { model: 'Model team', serving: 'Serving team', platform: 'Platform', research: 'Research', product: 'Product', leadership: 'Leadership' },
  seniority: { junior: 'Junior', mid: 'Mid', senior: 'Senior', lead: 'Lead' },
  level: ['Not expected', 'Aware', 'Guided', 'Independent', 'Leads', 'Sets direction'],
  wideHeader: ['Role id', 'Role', 'Team', 'Seniority'],
};

describe('buildMatrix', () => {
  // Built in each test, not while the file is collected, so that mutation testing sees these calls.
  let matrix: ReturnType<typeof buildMatrix>;
  beforeEach(() => {
    matrix = buildMatrix(atlas, 'en');
  });

  it('puts roles in columns grouped by team in team order, and skills in rows grouped by area', () => {
    expect(matrix.teams.map((g) => [g.team, g.roles.map((r) => r.id)])).toEqual([
      ['model', ['modeler']],
      ['serving', ['model-engineer']],
      ['research', ['researcher']],
    ]);
    expect(matrix.roles.map((r) => r.id)).toEqual(['modeler', 'model-engineer', 'researcher']);
    expect(matrix.areas.map((a) => [a.id, a.skills.map((s) => s.id)])).toEqual([
      ['modeling', ['architecture', 'training']],
      ['serving', ['conversion']],
    ]);
  });

  it('gives every cell the four levels, 0 where a role does not expect the skill', () => {
    const conversion = matrix.areas[1]!.skills[0]!;
    expect(conversion.levels).toEqual([[0, 1, 1, 2], [2, 3, 4, 5], [0, 0, 0, 0]]);
    expect(levelAt(conversion, 1, 'senior')).toBe(4);
    expect(() => levelAt(conversion, 3, 'mid')).toThrow('no column: 3');
  });

  it('uses the names and descriptors of the chosen locale', () => {
    const ko = buildMatrix(atlas, 'ko');
    expect(ko.roles.map((r) => r.name)).toEqual(['모델러', '모델 엔지니어', '리서처']);
    expect(ko.areas[0]!.name).toBe('모델링');
    expect(ko.areas[0]!.skills[1]!.descriptors[2]).toBe('학습 level 3');
  });

  it('lists rows at one seniority with one level per role', () => {
    expect(matrixRows(matrix, 'mid')).toEqual([
      { skill: 'architecture', area: 'modeling', levels: [3, 0, 3] },
      { skill: 'training', area: 'modeling', levels: [2, 0, 0] },
      { skill: 'conversion', area: 'serving', levels: [1, 3, 0] },
    ]);
    expect(matrixRows(matrix, 'lead').map((r) => r.levels)).toEqual([[4, 0, 5], [4, 0, 0], [2, 5, 0]]);
  });
});

describe('cell level encoding', () => {
  it('writes four digits and reads them back', () => {
    expect(encodeLevels([0, 1, 3, 5])).toBe('0135');
    expect(decodeLevels('0135')).toEqual([0, 1, 3, 5]);
  });

  it('refuses anything but four digits 0–5', () => {
    for (const bad of ['', '012', '01234', '0163', 'abcd']) expect(() => decodeLevels(bad), bad).toThrow(RangeError);
    expect(() => decodeLevels('0163')).toThrow('invalid levels: 0163');
  });
});

describe('sorting', () => {
  it('cycles a header through highest first, lowest first and the default order', () => {
    expect(nextSort(null, 'modeler')).toEqual({ key: 'modeler', direction: 'descending' });
    expect(nextSort({ key: 'modeler', direction: 'descending' }, 'modeler')).toEqual({ key: 'modeler', direction: 'ascending' });
    expect(nextSort({ key: 'modeler', direction: 'ascending' }, 'modeler')).toBeNull();
    expect(nextSort({ key: 'modeler', direction: 'ascending' }, 'researcher')).toEqual({ key: 'researcher', direction: 'descending' });
  });

  it('orders by level and keeps the default order among equal levels', () => {
    expect(sortOrder([2, 5, 0, 5, 2], 'descending')).toEqual([1, 3, 0, 4, 2]);
    expect(sortOrder([2, 5, 0, 5, 2], 'ascending')).toEqual([2, 0, 4, 1, 3]);
    expect(sortOrder([2, 5, 0], null)).toEqual([0, 1, 2]);
  });

  it('sorts within contiguous groups and leaves the groups where they are', () => {
    expect(groupedSortOrder([1, 3, 2, 0, 4], ['a', 'a', 'a', 'b', 'b'], 'descending')).toEqual([1, 2, 0, 4, 3]);
    expect(groupedSortOrder([1, 3, 2, 0, 4], ['a', 'a', 'a', 'b', 'b'], 'ascending')).toEqual([0, 2, 1, 3, 4]);
    expect(() => groupedSortOrder([1], ['a', 'b'], null)).toThrow(new RangeError('levels and groups differ: 1 ≠ 2'));
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField(3)).toBe('3');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes CRLF rows after a byte-order mark', () => {
    expect(toCsv([['a', 'b,c'], [1, '모델']])).toBe('\uFEFFa,"b,c"\r\n1,모델\r\n');
    expect(toCsv([['x']], false)).toBe('x\r\n');
    expect(BOM).toBe('\uFEFF');
  });

  it('guards text cells against formula injection with a leading quote (OWASP), leaving numbers and plain text alone', () => {
    expect(neutralise('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutralise('+1 555')).toBe("'+1 555");
    expect(neutralise('-2+3')).toBe("'-2+3");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('\r=1')).toBe("'\r=1");
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('모델 = 2')).toBe('모델 = 2');
    expect(neutralise(-1)).toBe('-1');
    expect(neutralise(3)).toBe('3');
    // The guard comes first, then RFC 4180 quoting of what it produced.
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(toCsv([['@role', '-', 2]], false)).toBe("'@role,'-,2\r\n");
  });

  it('writes rows in chunks of lines whose concatenation is the whole text', () => {
    const rows = [['a'], ['b'], ['c'], ['d'], ['e']];
    expect([...csvChunks(rows, 2)]).toEqual(['\uFEFFa\r\n', 'b\r\nc\r\n', 'd\r\ne\r\n']);
    expect([...csvChunks(rows, 2, false)]).toEqual(['a\r\nb\r\n', 'c\r\nd\r\n', 'e\r\n']);
    expect([...csvChunks([], 2, false)]).toEqual([]);
    expect([...csvChunks(rows, 3)].join('')).toBe('\uFEFFa\r\nb\r\nc\r\nd\r\ne\r\n');
  });

  it('has one long row per role × seniority × skill the role expects, with the descriptor of the expected level', () => {
    const rows = [...longRows(buildMatrix(atlas, 'en'), labels)];
    // modeler expects 3 skills, model engineer 1, researcher 1: (3 + 1 + 1) × 4 seniorities.
    expect(rows).toHaveLength(1 + 5 * 4);
    expect(rows[0]).toEqual([
      'role_id', 'role_name', 'team_id', 'team_name', 'seniority', 'seniority_name', 'skill_id', 'skill_name',
      'area_id', 'area_name', 'expected_level', 'level_name', 'level_descriptor',
    ]);
    expect(rows[1]).toEqual(['modeler', 'Modeler', 'model', 'Model team', 'junior', 'Junior', 'architecture', 'Architecture', 'modeling', 'Modeling', 2, 'Guided', 'arch level 2']);
    // A listed skill at a seniority where the role does not expect it yet: level 0, empty descriptor.
    expect(rows[3]).toEqual(['modeler', 'Modeler', 'model', 'Model team', 'junior', 'Junior', 'conversion', 'Conversion', 'serving', 'Serving', 0, 'Not expected', '']);
    // Rows 13–16: the model engineer, one skill per seniority.
    expect(rows[14]).toEqual(['model-engineer', 'Model engineer', 'serving', 'Serving team', 'mid', 'Mid', 'conversion', 'Conversion', 'serving', 'Serving', 3, 'Independent', 'conv level 3']);
    expect(rows.at(-1)).toEqual(['researcher', 'Researcher', 'research', 'Research', 'lead', 'Lead', 'architecture', 'Architecture', 'modeling', 'Modeling', 5, 'Sets direction', 'arch level 5']);
    expect(rows.some((r) => r[0] === 'researcher' && r[6] === 'conversion')).toBe(false);
  });

  it('has one wide row per role × seniority with one column per skill', () => {
    const rows = [...wideRows(buildMatrix(atlas, 'ko'), labels)];
    expect(rows).toEqual([
      ['Role id', 'Role', 'Team', 'Seniority', '아키텍처', '학습', '변환'],
      ['modeler', '모델러', 'Model team', 'Junior', 2, 1, 0],
      ['modeler', '모델러', 'Model team', 'Mid', 3, 2, 1],
      ['modeler', '모델러', 'Model team', 'Senior', 4, 3, 1],
      ['modeler', '모델러', 'Model team', 'Lead', 4, 4, 2],
      ['model-engineer', '모델 엔지니어', 'Serving team', 'Junior', 0, 0, 2],
      ['model-engineer', '모델 엔지니어', 'Serving team', 'Mid', 0, 0, 3],
      ['model-engineer', '모델 엔지니어', 'Serving team', 'Senior', 0, 0, 4],
      ['model-engineer', '모델 엔지니어', 'Serving team', 'Lead', 0, 0, 5],
      ['researcher', '리서처', 'Research', 'Junior', 2, 0, 0],
      ['researcher', '리서처', 'Research', 'Mid', 3, 0, 0],
      ['researcher', '리서처', 'Research', 'Senior', 5, 0, 0],
      ['researcher', '리서처', 'Research', 'Lead', 5, 0, 0],
    ]);
  });
});
