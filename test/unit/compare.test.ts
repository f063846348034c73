import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareUrl, differences, handOffs, parsePicks, picksParam, sharedStages, type StageFacts } from '../../src/domain/compare';

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
