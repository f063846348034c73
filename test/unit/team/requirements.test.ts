import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyingRules, deriveRequirements, matches, requiredProfile, type RuleFacts } from '../../../src/domain/team/requirements';
import type { RequirementInputs } from '../../../src/schemas/requirements';
import { blueprintSchema } from '../../../src/schemas/blueprint';
import { SENIORITIES } from '../../../src/schemas/constants';
import { roleSchema } from '../../../src/schemas/role';
import { ruleSchema } from '../../../src/schemas/rule';
import { readContentTree } from '../../support/read-content';

const tree = readContentTree(process.cwd());
/** The real rules of content/rules, in id order as the site loads them. */
const rules: RuleFacts[] = tree.rules.facts
  .map((e) => ({ id: e.id, ...ruleSchema.parse(e.data) }))
  .sort((a, b) => a.id.localeCompare(b.id));

/** Inputs that trigger as few rules as possible: a phone app adapting an existing model, nothing labelled. */
const base: RequirementInputs = {
  servingTarget: 'mobile',
  qps: 1,
  processingMs: { offline: 500, online: 2000 },
  accuracy: { metric: 'other', offline: 0.9, online: 0.9 },
  modelSource: 'adapted',
  labelling: { volume: 0, by: 'in-house' },
  allDay: false,
};
const BASE_RULES = ['adapted-model', 'mobile-serving', 'offline-online-tests', 'service-requirements'];
const diff = (inputs: Partial<RequirementInputs>) => {
  const now = applyingRules({ ...base, ...inputs }, rules);
  return { added: now.filter((r) => !BASE_RULES.includes(r)), removed: BASE_RULES.filter((r) => !now.includes(r)) };
};

/** Inputs changed from the baseline → the rules that start (and stop) applying; each rule file has a row or is in the baseline. */
const TABLE = [
  ['training in-house', { modelSource: 'in-house' }, ['in-house-training', 'training-tooling'], ['adapted-model']],
  ['a rubric or LLM judge', { accuracy: { ...base.accuracy, metric: 'judged' } }, ['judged-metric'], []],
  ['labelling in-house', { labelling: { volume: 5000, by: 'in-house' } }, ['labelling-in-house'], []],
  ['labelling by a vendor', { labelling: { volume: 5000, by: 'vendor' } }, ['labelling-vendor'], []],
  ['20,000 items labelled by a vendor', { labelling: { volume: 20000, by: 'vendor' } }, ['labelling-vendor', 'large-labelling'], []],
  // An adapted model or LLM API on servers needs the team's own gateway, not inference serving (server-serving).
  ['cloud serving', { servingTarget: 'cloud' }, ['api-serving', 'server-infrastructure'], ['mobile-serving']],
  ['local server serving', { servingTarget: 'local' }, ['api-serving', 'server-infrastructure'], ['mobile-serving']],
  ['cloud serving of an in-house model', { servingTarget: 'cloud', modelSource: 'in-house' }, ['in-house-training', 'server-conversion', 'server-infrastructure', 'server-serving', 'training-tooling'], ['adapted-model', 'mobile-serving']],
  // On a phone the QPS figure is frames or requests per second on one device: no server rule applies.
  ['1,000 per second on a phone', { qps: 1000 }, [], []],
  ['50 QPS on cloud servers', { servingTarget: 'cloud', qps: 50 }, ['api-serving', 'high-qps', 'server-infrastructure'], ['mobile-serving']],
  ['1,000 QPS on cloud servers', { servingTarget: 'cloud', qps: 1000 }, ['api-serving', 'high-qps', 'server-infrastructure', 'very-high-qps'], ['mobile-serving']],
  ['a 100 ms offline budget on a phone', { processingMs: { offline: 100, online: 2000 } }, ['tight-latency-mobile'], []],
  // Within one frame at 30 fps on a phone: a go-to on-device person on top of the tight budget.
  ['a 33 ms offline budget on a phone', { processingMs: { offline: 33, online: 2000 } }, ['real-time-mobile', 'tight-latency-mobile'], []],
  ['a 100 ms offline budget on a local server', { servingTarget: 'local', processingMs: { offline: 100, online: 2000 } }, ['api-serving', 'server-infrastructure', 'tight-latency'], ['mobile-serving']],
  // The online budget runs from the user's action to the screen: on servers 500 ms or less asks for tail-latency serving.
  ['a 500 ms online budget on cloud servers', { servingTarget: 'cloud', processingMs: { offline: 500, online: 500 } }, ['api-serving', 'server-infrastructure', 'tight-online-latency'], ['mobile-serving']],
  ['a 300 ms online budget on a local server', { servingTarget: 'local', processingMs: { offline: 500, online: 300 } }, ['api-serving', 'server-infrastructure', 'tight-online-latency'], ['mobile-serving']],
  // On a phone the model is most of the on-screen time: the offline budget rules carry it.
  ['a 50 ms online budget on a phone', { processingMs: { offline: 500, online: 50 } }, [], []],
  ['an offline accuracy target of 0.98', { accuracy: { ...base.accuracy, offline: 0.98 } }, ['high-accuracy'], []],
  ['an F1 target of 0.98', { accuracy: { ...base.accuracy, metric: 'f1', offline: 0.98 } }, ['high-accuracy'], []],
  ['an edit-distance similarity target of 0.995', { accuracy: { ...base.accuracy, metric: 'edit-distance', offline: 0.995 } }, ['high-similarity'], []],
  ['24/7 operation', { allDay: true }, ['all-day-operation'], []],
] as const;

describe('requirement rules of content/rules', () => {
  it('apply only the baseline, the serving target and the model source to minimal inputs', () => {
    expect(applyingRules(base, rules)).toEqual(BASE_RULES);
  });

  it.each(TABLE)('add exactly their rule for %s', (_, inputs, added, removed) => {
    expect(diff(inputs as Partial<RequirementInputs>)).toEqual({ added: [...added], removed: [...removed] });
  });

  it('cover every rule file of content/rules in the baseline or a row of the table above', () => {
    const inTable = new Set([...BASE_RULES, ...TABLE.flatMap(([, , added, removed]) => [...added, ...removed])]);
    const files = readdirSync('content/rules').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((id) => !inTable.has(id))).toEqual([]);
  });

  it('stop applying just past each threshold', () => {
    const cloud = { added: ['api-serving', 'server-infrastructure'], removed: ['mobile-serving'] };
    expect(diff({ servingTarget: 'cloud', qps: 49.9 })).toEqual(cloud);
    expect(diff({ processingMs: { offline: 101, online: 2000 } })).toEqual({ added: [], removed: [] });
    expect(diff({ servingTarget: 'cloud', processingMs: { offline: 101, online: 2000 } })).toEqual(cloud);
    expect(diff({ accuracy: { ...base.accuracy, offline: 0.979 } })).toEqual({ added: [], removed: [] });
    // 0.99 mean similarity is not a very high bar: it still allows one wrong character in a hundred.
    expect(diff({ accuracy: { ...base.accuracy, metric: 'edit-distance', offline: 0.994 } })).toEqual({ added: [], removed: [] });
    expect(diff({ processingMs: { offline: 34, online: 2000 } }).added).toEqual(['tight-latency-mobile']);
    expect(diff({ servingTarget: 'cloud', processingMs: { offline: 500, online: 501 } })).toEqual(cloud);
    // The online accuracy target drives no rule: it is recorded for the proposal (the page says so).
    expect(diff({ accuracy: { ...base.accuracy, online: 1 } })).toEqual({ added: [], removed: [] });
    expect(diff({ accuracy: { ...base.accuracy, online: 0 } })).toEqual({ added: [], removed: [] });
    expect(diff({ labelling: { volume: 19999, by: 'vendor' } }).added).toEqual(['labelling-vendor']);
    expect(diff({ labelling: { volume: 0, by: 'vendor' } })).toEqual({ added: [], removed: [] });
  });

  it('size a 24/7 on-call rotation at eight people who can monitor, and merge it with server operation', () => {
    const line = (inputs: Partial<RequirementInputs>) => deriveRequirements({ ...base, ...inputs }, rules).find((l) => l.skill === 'monitoring');
    expect(line({ allDay: true })).toEqual({ skill: 'monitoring', level: 3, people: 8, rules: ['all-day-operation'] });
    expect(line({ servingTarget: 'cloud' })).toEqual({ skill: 'monitoring', level: 2, people: 1, rules: ['server-infrastructure'] });
    expect(line({ servingTarget: 'cloud', allDay: true })).toEqual({ skill: 'monitoring', level: 3, people: 8, rules: ['all-day-operation', 'server-infrastructure'] });
  });

  it('derive the card-recognition blueprint: every line with its level, head count and rules', () => {
    const card: RequirementInputs = {
      servingTarget: 'mobile', qps: 5, processingMs: { offline: 60, online: 1000 },
      accuracy: { metric: 'edit-distance', offline: 0.99, online: 0.95 }, modelSource: 'in-house',
      labelling: { volume: 8000, by: 'in-house' }, allDay: false,
    };
    const lines = deriveRequirements(card, rules).map((l) => `${l.skill} ${l.level}×${l.people} ${l.rules.join('+')}`);
    expect(lines).toEqual([
      'annotation-guidelines 3×1 labelling-in-house',
      'client-app-development 3×2 mobile-serving',
      'cs-fundamentals 3×2 tight-latency-mobile',
      'data-quality 3×1 labelling-in-house',
      'goals-and-metrics 3×1 service-requirements',
      'labeling-tools 2×1 labelling-in-house',
      'model-analysis-tools 3×1 training-tooling',
      'model-architecture 3×1 in-house-training',
      'model-compression 4×1 mobile-serving+tight-latency-mobile',
      'model-conversion 3×2 mobile-serving',
      'model-debugging 3×1 in-house-training',
      'offline-evaluation 3×1 offline-online-tests',
      'on-device-deployment 3×1 mobile-serving+tight-latency-mobile',
      'online-evaluation 3×1 offline-online-tests',
      'pipeline-automation 3×1 training-tooling',
      'project-planning 3×1 service-requirements',
      'qualitative-analysis 3×1 offline-online-tests',
      'service-requirements 3×1 service-requirements',
      'stakeholder-communication 3×1 service-requirements',
      'training-experimentation 3×2 in-house-training',
      'voc-analysis 2×1 offline-online-tests',
    ]);
  });
});

describe('the on-device segmentation blueprint', () => {
  it('asks for a go-to on-device person for 12 ms on every frame, and its starting team has one', () => {
    const bp = blueprintSchema.parse(tree.blueprints.facts.find((e) => e.id === 'on-device-segmentation-npu')!.data);
    const line = deriveRequirements(bp.requirements, rules).find((l) => l.skill === 'on-device-deployment');
    expect(line).toEqual({ skill: 'on-device-deployment', level: 4, people: 1, rules: ['mobile-serving', 'real-time-mobile', 'tight-latency-mobile'] });
    const expected = new Map(tree.roles.facts.map((e) => [e.id, roleSchema.parse(e.data).expectations]));
    const holders = bp.teams.flatMap((t) => t.members).filter((m) => (expected.get(m.role)?.['on-device-deployment']?.[SENIORITIES.indexOf(m.seniority)] ?? 0) >= 4);
    expect(holders).toEqual([{ role: 'model-engineer', count: 1, seniority: 'lead' }]);
  });
});

describe('matches', () => {
  it('holds for an empty condition and needs every key to hold', () => {
    expect(matches({}, base)).toBe(true);
    expect(matches({ servingTarget: ['mobile', 'cloud'], qpsAtLeast: 1 }, base)).toBe(true);
    expect(matches({ servingTarget: ['mobile'], qpsAtLeast: 2 }, base)).toBe(false);
    expect(matches({ onlineMsAtMost: 2000 }, base)).toBe(true);
    expect(matches({ onlineMsAtMost: 1999 }, base)).toBe(false);
    expect(matches({ allDay: false }, base)).toBe(true);
  });

  it('never treats an unlabelled service as labelled by anyone', () => {
    expect(matches({ labelledBy: ['in-house'] }, base)).toBe(false);
    expect(matches({ labelledBy: ['in-house'] }, { ...base, labelling: { volume: 1, by: 'in-house' } })).toBe(true);
  });
});

describe('requiredProfile', () => {
  it('takes the highest required level per area and 0 where nothing is required', () => {
    const lines = [
      { skill: 's1', level: 3, people: 1, rules: ['x'] },
      { skill: 's2', level: 4, people: 1, rules: ['x'] },
    ];
    const areaOf = new Map([['s1', 'a1'], ['s2', 'a1'], ['s3', 'a2']]);
    expect(requiredProfile(lines, areaOf, ['a1', 'a2'])).toEqual({ a1: 4, a2: 0 });
  });
});

describe('requirement details', () => {
  it('name a rule once on a line even when it lists the skill twice, keeping the higher demand', () => {
    const rule: RuleFacts = { id: 'twice', when: {}, requires: [{ skill: 's1', level: 2, people: 1 }, { skill: 's1', level: 3, people: 2 }] };
    expect(deriveRequirements(base, [rule])).toEqual([{ skill: 's1', level: 3, people: 2, rules: ['twice'] }]);
  });

  it('leave out of the profile a skill whose area is not one of the areas shown', () => {
    const lines = [{ skill: 's9', level: 5, people: 1, rules: ['x'] }, { skill: 'gone', level: 4, people: 1, rules: ['x'] }];
    expect(requiredProfile(lines, new Map([['s9', 'a9']]), ['a1'])).toEqual({ a1: 0 });
  });
});
