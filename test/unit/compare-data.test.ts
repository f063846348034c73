import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/domain/atlas';
import { differences, handOffs, sharedStages, type Pick as Choice, type StageFacts } from '../../src/domain/compare';
import { addDescriptors, missingChunks } from '../../src/domain/assessment/chunks';
import { comparison, mergeRoles, missingRoles, roleData, roleFile, shownDifferences, type CompareRole } from '../../src/domain/compare-data';

const role = (id: string, skills: CompareRole['skills'], stages: CompareRole['stages'] = [], expectations: CompareRole['expectations'] = {}): CompareRole => ({
  id, name: id.toUpperCase(), expectations, collaborators: [], input: `${id} in`, output: `${id} out`, skills, stages,
});
const stage = (id: string, order: number, owner: string, contributors: string[] = []) => ({ id, order, owner, contributors, name: `Stage ${id}` });

describe('what a comparison fetches', () => {
  it('asks for each chosen role once, in pick order, leaving out the ones already loaded', () => {
    const picks: Choice[] = [{ role: 'b', seniority: 'mid' }, { role: 'a', seniority: 'junior' }, { role: 'b', seniority: 'lead' }, { role: 'c', seniority: 'mid' }];
    expect(missingRoles(picks, new Set())).toEqual(['b', 'a', 'c']);
    expect(missingRoles(picks, new Map([['a', 1]]))).toEqual(['b', 'c']);
    expect(missingRoles([], new Set())).toEqual([]);
    expect(roleFile('model-engineer')).toBe('model-engineer.json');
  });

  it('asks for the chunks of the shown skills only, once each, ascending, without those already loaded', () => {
    const chunkOf = new Map([['s1', 4], ['s2', 0], ['s3', 4], ['s4', 7]]);
    expect(missingChunks(['s3', 's1', 's2', 'unknown'], chunkOf, new Set())).toEqual([0, 4]);
    expect(missingChunks(['s3', 's1', 's2', 's4'], chunkOf, new Set([4]))).toEqual([0, 7]);
    expect(missingChunks([], chunkOf, new Set())).toEqual([]);
  });

  it('shows the differing rows, the top ones unless all are asked for', () => {
    const rows = [
      { skill: 'a', levels: [5, 1], spread: 4 }, { skill: 'b', levels: [3, 1], spread: 2 }, { skill: 'c', levels: [2, 1], spread: 1 },
      { skill: 'd', levels: [2, 2], spread: 0 },
    ];
    expect(shownDifferences(rows, false, 2).map((r) => r.skill)).toEqual(['a', 'b']);
    expect(shownDifferences(rows, true, 2).map((r) => r.skill)).toEqual(['a', 'b', 'c']);
    expect(shownDifferences(rows, false).map((r) => r.skill)).toEqual(['a', 'b', 'c']);
  });
});

describe('merging fetched role files and chunks', () => {
  it('joins the skills of the roles in the atlas order and their stages in life-cycle order, each once', () => {
    const a = role('a', { x: ['serving', 7, 2], y: ['modeling', 1, 0] }, [stage('s2', 2, 'a'), stage('s3', 3, 'b')]);
    const b = role('b', { z: ['serving', 3, 1], y: ['modeling', 1, 0] }, [stage('s0', 0, 'c', ['b']), stage('s3', 3, 'b')]);
    const model = mergeRoles([a, b]);
    expect(model.roles.map((r) => r.id)).toEqual(['a', 'b']);
    expect(model.skills).toEqual([{ id: 'y', area: 'modeling' }, { id: 'z', area: 'serving' }, { id: 'x', area: 'serving' }]);
    expect(model.stages.map((s) => s.id)).toEqual(['s0', 's2', 's3']);
    expect([...model.chunkOf]).toEqual([['x', 2], ['y', 0], ['z', 1]]);
  });

  it('names the skills whose chunk was fetched and leaves the others bare', () => {
    const descriptors = new Map();
    addDescriptors(descriptors, { skills: [{ id: 'x', name: 'Ex', description: 'd', levels: ['1', '2', '3', '4', '5'], next: [] }] });
    expect(descriptors.get('x')).toEqual({ name: 'Ex', levels: ['1', '2', '3', '4', '5'] });
    const model = mergeRoles([role('a', { x: ['serving', 1, 0], y: ['serving', 0, 0] })], descriptors);
    expect(model.skills).toEqual([{ id: 'y', area: 'serving' }, { id: 'x', area: 'serving', name: 'Ex', levels: ['1', '2', '3', '4', '5'] }]);
  });

  it('compares the picks from the loaded files, shows no rows with one pick, and refuses a role not loaded', () => {
    const a = role('a', { x: ['serving', 0, 0], y: ['serving', 1, 0] }, [], { x: [1, 2, 3, 4], y: [2, 2, 2, 2] });
    const b = role('b', { y: ['serving', 1, 0] }, [], { y: [2, 2, 2, 2] });
    const roles = new Map([['a', a], ['b', b]]);
    const two = comparison([{ role: 'a', seniority: 'senior' }, { role: 'b', seniority: 'mid' }], roles, new Map(), false);
    expect(two.rows).toEqual([{ skill: 'x', levels: [3, 0], spread: 3 }, { skill: 'y', levels: [2, 2], spread: 0 }]);
    expect(two.shown).toEqual([{ skill: 'x', levels: [3, 0], spread: 3 }]);
    expect(comparison([{ role: 'a', seniority: 'senior' }], roles, new Map(), false).shown).toEqual([]);
    // One pick has nothing to differ from, even when every row is asked for.
    expect(comparison([{ role: 'a', seniority: 'senior' }], roles, new Map(), true).shown).toEqual([]);
    expect(() => comparison([{ role: 'a', seniority: 'mid' }, { role: 'c', seniority: 'mid' }], roles, new Map(), false)).toThrow(new RangeError('role not loaded: c'));
  });
});

/** A small atlas: six stages in life-cycle order, four roles, five skills in two areas. */
function atlas() {
  const named = (id: string) => ({ en: { name: `${id} en`, input: `${id} receives`, output: `${id} hands over` }, ko: { name: `${id} ko`, input: '받음', output: '넘김' } });
  const stages: [string, string, string[]][] = [
    ['req', 'pm', ['eng']], ['data', 'curator', []], ['train', 'modeler', ['curator']], ['convert', 'eng', []], ['serve', 'eng', ['pm']], ['watch', 'pm', []],
  ];
  return {
    skills: [['s-a', 'serving'], ['s-b', 'modeling'], ['s-c', 'serving'], ['s-d', 'modeling'], ['s-e', 'serving']].map(([id, area]) => ({ id, facts: { area }, text: {} })),
    stages: stages.map(([id, owner, contributors], i) => ({ id, facts: { order: 10 * i, owner, contributors }, text: { en: { name: `${id} en` }, ko: { name: `${id} ko` } } })),
    roles: [
      { id: 'pm', facts: { expectations: { 's-a': [1, 1, 2, 2] }, collaborators: ['eng'] }, text: named('pm') },
      { id: 'curator', facts: { expectations: { 's-d': [2, 3, 3, 4] }, collaborators: [] }, text: named('curator') },
      { id: 'modeler', facts: { expectations: { 's-b': [2, 3, 4, 5], 's-d': [1, 2, 2, 3] }, collaborators: ['curator'] }, text: named('modeler') },
      { id: 'eng', facts: { expectations: { 's-e': [2, 3, 4, 4], 's-c': [1, 2, 3, 3] }, collaborators: [] }, text: named('eng') },
    ],
  } as unknown as Pick<Atlas, 'skills' | 'roles' | 'stages'>;
}
const chunkOf = new Map([['s-a', 0], ['s-c', 0], ['s-e', 1], ['s-b', 2], ['s-d', 2]]);

describe('the role files built with the site', () => {
  it('carry the role’s text in the locale, and where each expected skill sits: area, atlas position, chunk', () => {
    const file = roleData(atlas(), chunkOf, 'ko', 'eng');
    expect(file).toMatchObject({ id: 'eng', name: 'eng ko', input: '받음', output: '넘김', collaborators: [], expectations: { 's-e': [2, 3, 4, 4], 's-c': [1, 2, 3, 3] } });
    expect(file.skills).toEqual({ 's-e': ['serving', 4, 1], 's-c': ['serving', 2, 0] });
  });

  it('carry the stages the role works in and the stage after each one it owns, in life-cycle order', () => {
    expect(roleData(atlas(), chunkOf, 'en', 'eng').stages).toEqual([
      { id: 'req', order: 0, owner: 'pm', contributors: ['eng'], name: 'req en' },
      { id: 'convert', order: 3, owner: 'eng', contributors: [], name: 'convert en' },
      { id: 'serve', order: 4, owner: 'eng', contributors: ['pm'], name: 'serve en' },
      { id: 'watch', order: 5, owner: 'pm', contributors: [], name: 'watch en' },
    ]);
    expect(roleData(atlas(), chunkOf, 'en', 'curator').stages.map((s) => s.id)).toEqual(['data', 'train']);
  });

  it('refuse a skill without a chunk, naming it', () => {
    expect(() => roleData(atlas(), new Map(), 'en', 'pm')).toThrow(new RangeError('skill without a chunk: s-a'));
  });

  it('give a role that takes part in no stage an empty stage list', () => {
    const whole = atlas();
    const solo = { id: 'solo', facts: { expectations: { 's-c': [1, 1, 2, 2] }, collaborators: [] }, text: whole.roles[0]!.text };
    const file = roleData({ ...whole, roles: [...whole.roles, solo] } as typeof whole, chunkOf, 'en', 'solo');
    expect(file.stages).toEqual([]);
    expect(file.skills).toEqual({ 's-c': ['serving', 2, 0] });
  });

  it('give every pair and triple of roles the same shared stages, hand-offs and differences as the whole atlas', () => {
    const whole = atlas();
    const allStages: StageFacts[] = whole.stages.map((s) => ({ id: s.id, order: s.facts.order, owner: s.facts.owner, contributors: s.facts.contributors }));
    const collaborators = new Map(whole.roles.map((r) => [r.id, r.facts.collaborators]));
    const expectations = new Map(whole.roles.map((r) => [r.id, r.facts.expectations]));
    const ids = whole.roles.map((r) => r.id);
    const files = new Map(ids.map((id) => [id, roleData(whole, chunkOf, 'en', id)]));
    const selections = ids.flatMap((a, i) => [[a, a], ...ids.slice(i + 1).flatMap((b, j) => [[a, b], ...ids.slice(i + j + 2).map((c) => [a, b, c])])]);
    expect(selections).toHaveLength(14);
    let handOffCount = 0;
    for (const chosen of selections) {
      const picks: Choice[] = chosen.map((role, i) => ({ role, seniority: i === 0 ? 'junior' : 'lead' }));
      const { model, rows } = comparison(picks, files, new Map(), true);
      const stages = model.stages.map(({ name: _, ...facts }) => facts);
      expect(sharedStages(chosen, stages).map((s) => s.stage), chosen.join()).toEqual(sharedStages(chosen, allStages).map((s) => s.stage));
      const merged = handOffs(chosen, stages, new Map(model.roles.map((r) => [r.id, r.collaborators])));
      expect(merged, chosen.join()).toEqual(handOffs(chosen, allStages, collaborators));
      handOffCount += merged.length;
      expect(rows, chosen.join()).toEqual(differences(picks, expectations, whole.skills.map((s) => s.id)));
    }
    expect(handOffCount).toBeGreaterThan(5);
  });
});
