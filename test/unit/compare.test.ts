import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareUrl, differences, handOffs, parsePicks, picksParam, scopeChanges, sharedStages, type StageFacts } from '../../src/domain/compare';

const roles = new Set(['modeler', 'model-engineer', 'data-curator']);

describe('the comparison selection in the URL', () => {
  it('reads role:seniority pairs, including one role at two seniorities', () => {
    expect(parsePicks('modeler:mid,modeler:senior', roles)).toEqual({
      picks: [{ role: 'modeler', seniority: 'mid' }, { role: 'modeler', seniority: 'senior' }],
      problems: [],
    });
  });

  it('keeps the usable picks and names each part it cannot use', () => {
    expect(parsePicks('modeler:mid, wizard:lead,model-engineer:guru,,nonsense,data-curator:junior', roles)).toEqual({
      picks: [{ role: 'modeler', seniority: 'mid' }, { role: 'model-engineer', seniority: 'mid' }, { role: 'data-curator', seniority: 'junior' }],
      problems: [
        { kind: 'unknown-role', value: 'wizard' },
        { kind: 'unknown-seniority', value: 'guru' },
        { kind: 'malformed', value: 'nonsense' },
      ],
    });
  });

  it('keeps a known role whose seniority does not exist, at mid level, and reports the seniority', () => {
    expect(parsePicks('modeler:guru', roles)).toEqual({
      picks: [{ role: 'modeler', seniority: 'mid' }],
      problems: [{ kind: 'unknown-seniority', value: 'guru' }],
    });
    expect(parsePicks('model-engineer:lead,modeler:', roles)).toEqual({
      picks: [{ role: 'model-engineer', seniority: 'lead' }],
      problems: [{ kind: 'malformed', value: 'modeler:' }],
    });
    expect(parsePicks('wizard:guru', roles)).toEqual({ picks: [], problems: [{ kind: 'unknown-role', value: 'wizard' }] });
  });

  it('takes at most four picks and reports the rest', () => {
    const param = 'modeler:junior,modeler:mid,modeler:senior,modeler:lead,data-curator:mid';
    const { picks, problems } = parsePicks(param, roles);
    expect(picks).toHaveLength(4);
    expect(problems).toEqual([{ kind: 'too-many', value: 'data-curator:mid' }]);
  });

  it('reads nothing from an empty or missing parameter', () => {
    expect(parsePicks(undefined, roles)).toEqual({ picks: [], problems: [] });
    expect(parsePicks('', roles)).toEqual({ picks: [], problems: [] });
  });

  it('cuts very long hostile values in problems', () => {
    const { problems } = parsePicks(`${'x'.repeat(500)}:mid`, roles);
    expect(problems[0]!.value).toHaveLength(60);
  });

  it('writes the parameter and the page link, which read back to the same picks', () => {
    const picks = [{ role: 'modeler', seniority: 'mid' as const }, { role: 'model-engineer', seniority: 'lead' as const }];
    expect(picksParam(picks)).toBe('modeler:mid,model-engineer:lead');
    expect(compareUrl('/atlas/ko/compare/', picks)).toBe('/atlas/ko/compare/#roles=modeler:mid,model-engineer:lead');
    expect(parsePicks(picksParam(picks), roles).picks).toEqual(picks);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const { picks } = parsePicks(text, roles);
      expect(picks.length).toBeLessThanOrEqual(4);
    }));
  });
});

describe('skills where compared profiles differ', () => {
  const expectations = new Map([
    ['modeler', { 'model-architecture': [2, 3, 4, 5], 'model-conversion': [0, 1, 1, 2], monitoring: [1, 1, 2, 2] }],
    ['model-engineer', { 'model-conversion': [2, 3, 4, 5], 'model-architecture': [1, 2, 2, 3], monitoring: [1, 1, 2, 2] }],
  ]);
  const skillIds = ['model-architecture', 'model-conversion', 'monitoring', 'team-leadership'];

  it('orders by biggest difference, then higher top level, and leaves out skills nobody expects', () => {
    const picks = [{ role: 'modeler', seniority: 'mid' as const }, { role: 'model-engineer', seniority: 'senior' as const }];
    expect(differences(picks, expectations, skillIds)).toEqual([
      { skill: 'model-conversion', levels: [1, 4], spread: 3 },
      { skill: 'model-architecture', levels: [3, 2], spread: 1 },
      { skill: 'monitoring', levels: [1, 2], spread: 1 },
    ]);
  });

  it('compares one role at two seniorities', () => {
    const picks = [{ role: 'modeler', seniority: 'mid' as const }, { role: 'modeler', seniority: 'lead' as const }];
    expect(differences(picks, expectations, skillIds)).toEqual([
      { skill: 'model-architecture', levels: [3, 5], spread: 2 },
      { skill: 'model-conversion', levels: [1, 2], spread: 1 },
      { skill: 'monitoring', levels: [1, 2], spread: 1 },
    ]);
  });

  it('breaks a full tie by the skill order given', () => {
    const picks = [{ role: 'modeler', seniority: 'junior' as const }, { role: 'model-engineer', seniority: 'junior' as const }];
    expect(differences(picks, expectations, ['monitoring', 'model-architecture', 'model-conversion']).map((d) => d.skill)).toEqual([
      'model-conversion', 'model-architecture', 'monitoring',
    ]);
    expect(differences(picks, expectations, ['model-conversion', 'model-architecture', 'monitoring']).map((d) => d.skill)).toEqual([
      'model-conversion', 'model-architecture', 'monitoring',
    ]);
  });
});

describe('how compared roles meet in the life cycle', () => {
  const stages: StageFacts[] = [
    { id: 'serving', order: 6, owner: 'model-engineer', contributors: ['aiops-engineer'] },
    { id: 'training-data', order: 2, owner: 'data-curator', contributors: ['modeler'] },
    { id: 'modeling', order: 4, owner: 'modeler', contributors: ['data-curator', 'model-engineer'] },
    { id: 'optimization', order: 5, owner: 'model-engineer', contributors: ['modeler'] },
    { id: 'test-method', order: 3, owner: 'data-curator', contributors: [] },
  ];

  it('lists stages where two or more compared roles take part, in life-cycle order', () => {
    expect(sharedStages(['modeler', 'model-engineer', 'modeler'], stages)).toEqual([
      { stage: 'modeling', parts: [{ role: 'modeler', part: 'owner' }, { role: 'model-engineer', part: 'contributor' }] },
      { stage: 'optimization', parts: [{ role: 'modeler', part: 'contributor' }, { role: 'model-engineer', part: 'owner' }] },
    ]);
    expect(sharedStages(['modeler', 'modeler'], stages)).toEqual([]);
  });

  it('finds hand-offs from a stage owner to whoever works in the next stage, and collaborating pairs', () => {
    const collaborators = new Map([['modeler', ['data-curator']], ['model-engineer', []], ['data-curator', []]]);
    expect(handOffs(['data-curator', 'modeler', 'model-engineer'], stages, collaborators)).toEqual([
      { from: 'data-curator', to: 'modeler', fromStage: 'test-method', toStage: 'modeling', collaborators: true },
      { from: 'data-curator', to: 'model-engineer', fromStage: 'test-method', toStage: 'modeling', collaborators: false },
      { from: 'modeler', to: 'model-engineer', fromStage: 'modeling', toStage: 'optimization', collaborators: false },
    ]);
    expect(handOffs(['modeler', 'data-curator'], [], collaborators)).toEqual([{ from: 'modeler', to: 'data-curator', collaborators: true }]);
  });
});

describe('hand-offs that skip a stage, and those the roles\' own text names', () => {
  // The life cycle as content/stages has it (owners and some contributors): the modeler's stage is followed by
  // the data curator's evaluation, and only then by the model engineer's optimisation.
  const lifeCycle: StageFacts[] = [
    { id: 'requirements', order: 1, owner: 'model-team-manager', contributors: ['modeler'] },
    { id: 'training-data', order: 2, owner: 'data-curator', contributors: ['modeler'] },
    { id: 'modeling', order: 4, owner: 'modeler', contributors: ['data-curator', 'model-engineer'] },
    { id: 'evaluation', order: 5, owner: 'data-curator', contributors: ['modeler', 'evaluation-engineer'] },
    { id: 'optimization', order: 6, owner: 'model-engineer', contributors: ['modeler'] },
    { id: 'serving', order: 7, owner: 'serving-backend-developer', contributors: ['model-engineer'] },
    { id: 'monitoring', order: 8, owner: 'aiops-engineer', contributors: ['modeler'] },
  ];
  const collaborators = new Map<string, string[]>([
    ['modeler', ['data-curator', 'model-engineer', 'evaluation-engineer']],
    ['model-engineer', ['modeler', 'serving-backend-developer']],
    ['aiops-engineer', ['model-engineer', 'modeler']],
    ['evaluation-engineer', ['modeler', 'model-team-manager']],
  ]);
  const words = new Map([
    ['modeler', { name: 'Modeler', input: 'Training and test sets from the data curator.', output: 'Model candidates for the model team manager; a handover package for the model engineer.' }],
    ['model-engineer', { name: 'Model engineer', input: 'A trained model from the modelers.', output: 'An optimised model for the serving backend developers.' }],
    ['model-team-manager', { name: 'Model team manager', input: 'Service requirements.', output: 'A released model.' }],
    ['evaluation-engineer', { name: 'Evaluation engineer', input: 'Candidate models from modelers.', output: 'A report the model team manager uses to decide a release.' }],
    ['ai-product-manager', { name: 'AI 프로덕트 매니저 (AI 서비스 기획자)', input: '사용자 문제.', output: '모델팀과 합의한 기획서.' }],
    ['data-scientist', { name: '데이터 사이언티스트', input: 'AI 서비스 기획자의 질문.', output: '지표 정의.' }],
  ]);

  it('links the modeler to the model engineer through the stage it owns and the later one the model engineer owns', () => {
    expect(handOffs(['modeler', 'model-engineer'], lifeCycle, collaborators)).toEqual([
      { from: 'modeler', to: 'model-engineer', fromStage: 'modeling', toStage: 'optimization', collaborators: true },
    ]);
    // The text agrees (the modeler's output names the model engineer; the model engineer's input, the modelers).
    expect(handOffs(['model-engineer', 'modeler'], lifeCycle, collaborators, words)).toEqual([
      { from: 'modeler', to: 'model-engineer', fromStage: 'modeling', toStage: 'optimization', collaborators: true, named: true },
    ]);
  });

  it('names the nearest pair of stages, and none when the later stage\'s owner is not a collaborator', () => {
    // The model engineer owns optimisation (6); the AIOps engineer, monitoring (8), and lists the model engineer.
    expect(handOffs(['model-engineer', 'aiops-engineer'], lifeCycle, collaborators)).toEqual([
      { from: 'model-engineer', to: 'aiops-engineer', fromStage: 'optimization', toStage: 'monitoring', collaborators: true },
    ]);
    // The model team manager owns requirements (1) and the model engineer optimisation (6), but neither lists the other.
    expect(handOffs(['model-team-manager', 'model-engineer'], lifeCycle, collaborators)).toEqual([]);
  });

  it('takes a hand-off from the roles\' text when no stage links them', () => {
    // The evaluation engineer owns no stage; its output names the model team manager, who lists no collaborator.
    expect(handOffs(['evaluation-engineer', 'model-team-manager'], lifeCycle, collaborators, words)).toEqual([
      { from: 'evaluation-engineer', to: 'model-team-manager', collaborators: true, named: true },
    ]);
    // A name with a part in parentheses is found by either part: the data scientist's input names the AI 서비스 기획자.
    expect(handOffs(['data-scientist', 'ai-product-manager'], [], new Map(), words)).toEqual([
      { from: 'ai-product-manager', to: 'data-scientist', collaborators: false, named: true },
    ]);
  });
});

describe('what changes for one role between two seniorities', () => {
  const expectations = new Map([
    ['modeler', {
      'model-architecture': [2, 3, 4, 5],
      'training-experimentation': [2, 3, 4, 4],
      'model-compression': [1, 2, 2, 3],
      'team-leadership': [0, 0, 1, 3],
      'cs-fundamentals': [2, 2, 2, 1],
    }],
    ['data-curator', { 'annotation-guidelines': [2, 3, 4, 5] }],
  ]);
  const skillIds = ['model-architecture', 'training-experimentation', 'model-compression', 'cs-fundamentals', 'team-leadership', 'annotation-guidelines'];
  const areaOf = new Map([
    ['model-architecture', 'modeling'], ['training-experimentation', 'modeling'], ['model-compression', 'optimization'],
    ['cs-fundamentals', 'software'], ['team-leadership', 'collaboration'], ['annotation-guidelines', 'data'],
  ]);

  it('sorts skills into raised, unchanged, lowered, newly expected and no longer expected, with the areas that rise most', () => {
    const picks = [{ role: 'modeler', seniority: 'senior' as const }, { role: 'modeler', seniority: 'mid' as const }];
    expect(scopeChanges(picks, expectations, skillIds, areaOf)).toEqual([{
      role: 'modeler', from: 'mid', to: 'senior',
      raised: ['model-architecture', 'training-experimentation'],
      same: ['model-compression', 'cs-fundamentals'],
      lower: [],
      added: ['team-leadership'],
      dropped: [],
      areas: [{ area: 'modeling', rise: 1 }, { area: 'collaboration', rise: 1 }],
    }]);
    expect(scopeChanges([{ role: 'modeler', seniority: 'senior' }, { role: 'modeler', seniority: 'lead' }], expectations, skillIds, areaOf)[0]).toMatchObject({
      raised: ['model-architecture', 'model-compression', 'team-leadership'], same: ['training-experimentation'], lower: ['cs-fundamentals'],
      areas: [{ area: 'collaboration', rise: 2 }, { area: 'optimization', rise: 1 }, { area: 'modeling', rise: 0.5 }],
    });
  });

  it('compares each picked seniority with the next one picked, and only roles picked at two or more', () => {
    const picks = [
      { role: 'modeler', seniority: 'lead' as const }, { role: 'data-curator', seniority: 'mid' as const },
      { role: 'modeler', seniority: 'junior' as const }, { role: 'modeler', seniority: 'mid' as const },
    ];
    expect(scopeChanges(picks, expectations, skillIds, areaOf).map((c) => [c.role, c.from, c.to])).toEqual([
      ['modeler', 'junior', 'mid'], ['modeler', 'mid', 'lead'],
    ]);
    expect(scopeChanges([{ role: 'modeler', seniority: 'mid' }, { role: 'modeler', seniority: 'mid' }], expectations, skillIds, areaOf)).toEqual([]);
  });
});

describe('hand-offs and scope changes at their edges', () => {
  it('names the nearest pair of stages when the first role owns several, the earlier pair on a tie', () => {
    // A owns s1 and s4, B owns s3 and s6: both pairs are two stages apart, so the earlier one is named. B's s3 is
    // followed by A's s4, a hand-off by the life cycle alone.
    const stages: StageFacts[] = ['a', 'x', 'b', 'a', 'x', 'b'].map((owner, i) => ({ id: `s${i + 1}`, order: i + 1, owner, contributors: [] }));
    expect(handOffs(['a', 'b'], stages, new Map([['a', ['b']]]))).toEqual([
      { from: 'a', to: 'b', fromStage: 's1', toStage: 's3', collaborators: true },
      { from: 'b', to: 'a', fromStage: 's3', toStage: 's4', collaborators: true },
    ]);
    // A owns s1 and s3, B only s5: from s3 it is nearer (two stages) than from s1 (four).
    const apart: StageFacts[] = ['a', 'x', 'a', 'x', 'b'].map((owner, i) => ({ id: `s${i + 1}`, order: i + 1, owner, contributors: [] }));
    expect(handOffs(['a', 'b'], apart, new Map([['b', ['a']]]))).toEqual([{ from: 'a', to: 'b', fromStage: 's3', toStage: 's5', collaborators: true }]);
  });

  it('reads a hand-off from the text only when both roles have text, and finds a name followed by a Korean particle', () => {
    const words = new Map([['a', { name: 'AI 프로덕트 매니저 (AI 서비스 기획자)', input: '', output: '' }], ['b', { name: '모델러', input: 'ai 프로덕트 매니저에게서 받은 기획서', output: '' }]]);
    expect(handOffs(['a', 'b'], [], new Map(), words)).toEqual([{ from: 'a', to: 'b', collaborators: false, named: true }]);
    // Only one of the two roles has text: nothing is read from it.
    expect(handOffs(['a', 'c'], [], new Map(), new Map([['c', { name: 'C', input: 'from AI 서비스 기획자', output: '' }]]))).toEqual([]);
  });

  it('looks for the part in parentheses without its spaces, and never for an empty name', () => {
    const spaced = new Map([['a', { name: 'PM ( 서비스 기획자 )', input: '', output: '' }], ['b', { name: '모델러', input: '서비스 기획자에게서 받은 기획서', output: '' }]]);
    expect(handOffs(['a', 'b'], [], new Map(), spaced)).toEqual([{ from: 'a', to: 'b', collaborators: false, named: true }]);
    const hidden = new Map([['a', { name: '(비공개)', input: '', output: '' }], ['b', { name: '모델러', input: '데이터 큐레이터의 학습 데이터', output: '' }]]);
    expect(handOffs(['a', 'b'], [], new Map(), hidden)).toEqual([]);
  });

  it('lists a skill no longer expected at the higher seniority as dropped, and a skill without an area under no area', () => {
    const expectations = new Map([['r', { kept: [2, 3, 3, 3], gone: [2, 1, 0, 0], loose: [1, 2, 2, 2] }]]);
    const [change] = scopeChanges([{ role: 'r', seniority: 'junior' }, { role: 'r', seniority: 'senior' }], expectations, ['kept', 'gone', 'loose'], new Map([['kept', 'k'], ['gone', 'k']]));
    expect(change).toEqual({ role: 'r', from: 'junior', to: 'senior', raised: ['kept', 'loose'], same: [], lower: [], added: [], dropped: ['gone'], areas: [{ area: '', rise: 1 }] });
  });
});

describe('differences at equal spread and top level', () => {
  it('keep the skills\' own order', () => {
    const expectations = new Map([['p', { s1: [3, 3, 3, 3], s2: [3, 3, 3, 3], s3: [3, 3, 3, 3] }], ['q', { s1: [1, 1, 1, 1], s2: [1, 1, 1, 1], s3: [1, 1, 1, 1] }]]);
    const picks = [{ role: 'p', seniority: 'mid' as const }, { role: 'q', seniority: 'mid' as const }];
    expect(differences(picks, expectations, ['s2', 's3', 's1']).map((d) => d.skill)).toEqual(['s2', 's3', 's1']);
  });
});
