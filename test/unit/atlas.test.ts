import { describe, expect, it } from 'vitest';
import { byId, groupSkills, links, skillAreas, skillsByArea, sortEntries, type Atlas } from '../../src/domain/atlas';

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

describe('sortEntries', () => {
  it('orders by the numeric order fact, then by id, without changing the input list', () => {
    const list = [entry('b', { order: 2 }), entry('c', { order: 1 }), entry('a', { order: 2 }), entry('d', { order: 10 })];
    expect(sortEntries(list).map((e) => e.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(list.map((e) => e.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('orders entries without a numeric order by id, ahead of ordered ones', () => {
    expect(sortEntries([entry('b', { order: 1 }), entry('z', {}), entry('y', { order: '3' }), entry('a', { order: 1 })]).map((e) => e.id)).toEqual(
      ['y', 'z', 'a', 'b'],
    );
  });
});

describe('atlas lookups: stray cases', () => {
  it('lists the skills of each area in list order', () => {
    expect([...links(atlas).skillsOfArea].map(([area, skills]) => [area, skills.map((s) => s.id)])).toEqual([
      ['data', ['labeling']],
      ['model', ['training', 'tuning']],
    ]);
  });

  it('groups a skill named twice once', () => {
    expect(groupSkills(atlas, ['labeling', 'tuning', 'labeling']).map((g) => [g.area.id, g.skills.map((s) => s.id)])).toEqual([
      ['data', ['labeling']],
      ['model', ['tuning']],
    ]);
  });

  it('regroups the same skills when given another list of areas', () => {
    expect(skillsByArea(atlas).map((g) => g.area.id)).toEqual(['data', 'model']);
    const reversed = { areas: [...atlas.areas].reverse(), skills: atlas.skills };
    expect(skillsByArea(reversed).map((g) => g.area.id)).toEqual(['model', 'data']);
    expect(skillsByArea(reversed)).toBe(skillsByArea(reversed));
  });

  it('finds entries in a list it has indexed before', () => {
    const list = [entry('x', { n: 1 }), entry('y', { n: 2 })];
    expect(byId(list, 'y').facts).toEqual({ n: 2 });
    expect(byId(list, 'x').facts).toEqual({ n: 1 });
  });
});

describe('atlas lookups are computed once', () => {
  it('returns the same links and skill pairs on a second call, and an empty group for an area without skills', () => {
    expect(links(atlas)).toBe(links(atlas));
    expect(skillAreas(atlas)).toBe(skillAreas(atlas));
    const withEmpty = { areas: [...atlas.areas, entry('ops', {})] as Atlas['areas'], skills: atlas.skills };
    expect(skillsByArea(withEmpty).map((g) => [g.area.id, g.skills.length])).toEqual([['data', 1], ['model', 2], ['ops', 0]]);
  });
});
