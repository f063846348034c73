import { describe, expect, it } from 'vitest';
import { expectedSkills, parsePosition, positionParams, positionRole, setMust, withRole } from '../../../src/domain/fit/position';

const roles = new Map([
  ['model-engineer', { 'model-conversion': [2, 3, 4, 5], 'team-leadership': [0, 1, 2, 3], gpu: [0, 0, 0, 1] }],
  ['modeler', { 'model-conversion': [1, 1, 2, 2], gpu: [1, 1, 1, 1] }],
]);

describe('a position in the URL', () => {
  it('reads role, seniority and must-have skills, reporting skills the position does not expect', () => {
    const { position, problems } = parsePosition({ position: 'model-engineer:senior', must: 'model-conversion,gpu,model-conversion,<b>x</b>' }, roles);
    expect(position).toEqual({ role: 'model-engineer', seniority: 'senior', must: ['model-conversion'] });
    expect(problems).toEqual([{ kind: 'not-expected', value: 'gpu' }, { kind: 'not-expected', value: '<b>x</b>' }]);
  });

  it('reports an unknown role and keeps no position', () => {
    expect(parsePosition({ position: 'wizard:mid' }, roles)).toEqual({ position: null, problems: [{ kind: 'unknown-role', value: 'wizard' }] });
    expect(parsePosition({}, roles)).toEqual({ position: null, problems: [] });
  });

  it('keeps the role of a link whose seniority does not exist, at mid level, and reports the seniority', () => {
    expect(positionRole({ position: 'modeler:guru' }, new Set(['modeler', 'model-engineer']))).toBe('modeler');
    expect(parsePosition({ position: 'model-engineer:guru', must: 'team-leadership,gpu' }, roles)).toEqual({
      position: { role: 'model-engineer', seniority: 'mid', must: ['team-leadership'] },
      problems: [{ kind: 'unknown-seniority', value: 'guru' }, { kind: 'not-expected', value: 'gpu' }],
    });
  });

  it('keeps the first of several positions and reports the others', () => {
    expect(parsePosition({ position: 'modeler:mid,model-engineer:lead' }, roles)).toEqual({
      position: { role: 'modeler', seniority: 'mid', must: [] },
      problems: [{ kind: 'too-many', value: 'model-engineer:lead' }],
    });
  });

  it('names the role to load before reading a link, and reads it with only that role loaded', () => {
    const known = new Set(['model-engineer', 'modeler', 'data-curator']);
    expect(positionRole({ position: 'wizard:mid,modeler:lead,model-engineer:mid' }, known)).toBe('modeler');
    expect(positionRole({ position: 'wizard:mid' }, known)).toBeUndefined();
    expect(positionRole({}, known)).toBeUndefined();
    const onlyModeler = new Map([['modeler', roles.get('modeler')!]]);
    // A known role that is not loaded is still a known role (too many), not an unknown one.
    expect(parsePosition({ position: 'modeler:lead,data-curator:mid', must: 'gpu' }, onlyModeler, known)).toEqual({
      position: { role: 'modeler', seniority: 'lead', must: ['gpu'] },
      problems: [{ kind: 'too-many', value: 'data-curator:mid' }],
    });
    expect(() => parsePosition({ position: 'data-curator:mid' }, onlyModeler, known)).toThrow(new RangeError('role not loaded: data-curator'));
  });

  it('writes readable parameters, must only when some skill is marked', () => {
    expect(positionParams({ role: 'model-engineer', seniority: 'senior', must: ['model-conversion', 'team-leadership'] })).toEqual({
      position: 'model-engineer:senior',
      must: 'model-conversion,team-leadership',
    });
    expect(positionParams({ role: 'modeler', seniority: 'junior', must: [] })).toEqual({ position: 'modeler:junior' });
  });
});

describe('changing a position', () => {
  it('expects only skills above level 0 at its seniority', () => {
    expect(expectedSkills(roles.get('model-engineer')!, 'junior')).toEqual({ 'model-conversion': 2 });
    expect(expectedSkills(roles.get('model-engineer')!, 'lead')).toEqual({ 'model-conversion': 5, 'team-leadership': 3, gpu: 1 });
  });

  it('drops must-haves the new role or seniority does not expect', () => {
    const senior = { role: 'model-engineer', seniority: 'lead' as const, must: ['gpu', 'team-leadership'] };
    expect(withRole(senior, 'model-engineer', 'mid', roles)).toEqual({ role: 'model-engineer', seniority: 'mid', must: ['team-leadership'] });
    expect(withRole(senior, 'modeler', 'lead', roles)).toEqual({ role: 'modeler', seniority: 'lead', must: ['gpu'] });
  });

  it('marks and unmarks expected skills only', () => {
    const p = { role: 'model-engineer', seniority: 'junior' as const, must: [] };
    const marked = setMust(p, 'model-conversion', true, roles);
    expect(marked.must).toEqual(['model-conversion']);
    expect(setMust(marked, 'gpu', true, roles)).toBe(marked);
    expect(setMust(marked, 'model-conversion', false, roles).must).toEqual([]);
  });
});

describe('position details', () => {
  it('reads must-have skills with spaces around the commas, and clips a long unexpected value in the report', () => {
    const long = 'x'.repeat(80);
    const { position, problems } = parsePosition({ position: 'model-engineer:senior', must: ` model-conversion , ${long}` }, roles);
    expect(position!.must).toEqual(['model-conversion']);
    expect(problems).toEqual([{ kind: 'not-expected', value: 'x'.repeat(60) }]);
  });

  it('moves a skill marked again to the end instead of listing it twice', () => {
    const p = { role: 'model-engineer', seniority: 'senior' as const, must: ['model-conversion', 'team-leadership'] };
    expect(setMust(p, 'model-conversion', true, roles).must).toEqual(['team-leadership', 'model-conversion']);
  });
});
