import { describe, expect, it } from 'vitest';
import { byId, groupSkills, links, skillAreas, skillsByArea, type Atlas } from '../../src/domain/atlas';

const entry = <F>(id: string, facts: F) => ({ id, facts, text: { en: {}, ko: {} } });
/** A hand-written atlas: two areas, three skills, two roles, a path and two stages. */
const atlas = {
  areas: [entry('data', {}), entry('model', {})],
  skills: [entry('labeling', { area: 'data' }), entry('training', { area: 'model' }), entry('tuning', { area: 'model' })],
  roles: [
    entry('curator', { expectations: { labeling: [1, 2, 3, 4] } }),
    entry('modeler', { expectations: { tuning: [1, 1, 2, 3], training: [2, 3, 4, 5], labeling: [0, 1, 1, 1] } }),
  ],
  paths: [entry('grow', { steps: [{ id: 'a', role: 'curator' }, { id: 'b', stage: 'intern' }, { id: 'c', role: 'modeler' }, { id: 'd', role: 'modeler' }] })],
  stages: [entry('collect', { owner: 'curator', contributors: ['modeler'] }), entry('train', { owner: 'modeler', contributors: [] })],
} as unknown as Atlas;

describe('byId', () => {
  it('finds an entry by id and throws a typed error for an unknown id', () => {
    expect(byId(atlas.skills, 'tuning').facts).toEqual({ area: 'model' });
    expect(() => byId(atlas.skills, 'nope')).toThrow(new RangeError('unknown id: nope'));
  });

  it('answers from each list separately', () => {
    expect(byId(atlas.roles, 'modeler').id).toBe('modeler');
    expect(() => byId(atlas.roles, 'tuning')).toThrow('unknown id: tuning');
  });
});

describe('links', () => {
  const l = links(atlas);

  it('lists the roles expecting a skill, in role order', () => {
    expect(l.rolesExpecting.get('labeling')!.map((r) => r.id)).toEqual(['curator', 'modeler']);
    expect(l.rolesExpecting.get('training')!.map((r) => r.id)).toEqual(['modeler']);
  });

  it('lists a path once per role it passes through, and the stages a role owns or contributes to', () => {
    expect(l.pathsThrough.get('modeler')!.map((p) => p.id)).toEqual(['grow']);
    expect(l.stagesOwned.get('curator')!.map((s) => s.id)).toEqual(['collect']);
    expect(l.stagesContributed.get('modeler')!.map((s) => s.id)).toEqual(['collect']);
    expect(l.stagesContributed.get('curator')).toBeUndefined();
  });

  it('builds the links once per atlas', () => {
    expect(links(atlas)).toBe(l);
  });
});

describe('skill groups', () => {
  it('groups every skill by area in area order', () => {
    expect(skillsByArea(atlas).map((g) => [g.area.id, g.skills.map((s) => s.id)])).toEqual([
      ['data', ['labeling']],
      ['model', ['training', 'tuning']],
    ]);
  });

  it('groups only the given skills, in display order, leaving out empty areas', () => {
    expect(groupSkills(atlas, ['tuning', 'training']).map((g) => [g.area.id, g.skills.map((s) => s.id)])).toEqual([['model', ['training', 'tuning']]]);
    expect(() => groupSkills(atlas, ['nope'])).toThrow('unknown id: nope');
  });

  it('pairs each skill with its area for area averages', () => {
    expect(skillAreas(atlas)).toEqual([{ id: 'labeling', area: 'data' }, { id: 'training', area: 'model' }, { id: 'tuning', area: 'model' }]);
  });
});
