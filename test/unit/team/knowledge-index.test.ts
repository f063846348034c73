import { describe, expect, it } from 'vitest';
import { expectedLevel, plannerKnowledge, rolesListing, skillPositions, type PlannerKnowledge } from '../../../src/domain/team/knowledge';

/** Hand-written knowledge: three roles, three skills in two areas. */
const knowledge = {
  areas: ['data', 'model'],
  skills: [{ id: 'labeling', area: 'data' }, { id: 'training', area: 'model' }, { id: 'tuning', area: 'model' }],
  roles: {
    modeler: { team: 'model', expectations: { training: [2, 3, 4, 5], labeling: [0, 1, 1, 1] } },
    curator: { team: 'model', expectations: { labeling: [1, 2, 3, 4] } },
    engineer: { team: 'serving', expectations: {} },
  },
  rules: [],
  stages: [],
} as unknown as PlannerKnowledge;

describe('planner knowledge indexes', () => {
  it('lists the roles that list a skill, in id order, and none for an unlisted skill', () => {
    expect(rolesListing(knowledge, 'labeling')).toEqual(['curator', 'modeler']);
    expect(rolesListing(knowledge, 'training')).toEqual(['modeler']);
    expect(rolesListing(knowledge, 'tuning')).toEqual([]);
  });

  it('gives each skill its position in area order and its area, the same maps on every call', () => {
    const { order, area } = skillPositions(knowledge);
    expect([...order]).toEqual([['labeling', 0], ['training', 1], ['tuning', 2]]);
    expect(area.get('tuning')).toBe('model');
    expect(skillPositions(knowledge).order).toBe(order);
  });
});

describe('the planner’s slice of the atlas', () => {
  const atlas = {
    areas: [{ id: 'model' }, { id: 'data' }],
    skills: [
      { id: 'labeling', facts: { area: 'data' } },
      { id: 'training', facts: { area: 'model' } },
      { id: 'tuning', facts: { area: 'model' } },
    ],
    roles: [{ id: 'modeler', facts: { team: 'model', expectations: { training: [2, 3, 4, 5] } } }],
    rules: [{ id: 'base', facts: { when: {}, requires: [{ skill: 'training', level: 2, people: 1 }] } }],
    stages: [{ id: 'train', facts: { owner: 'modeler', contributors: ['curator'] } }],
  } as unknown as Parameters<typeof plannerKnowledge>[0];

  it('keeps areas in radar order, skills grouped by area, and what roles, rules and stages need', () => {
    expect(plannerKnowledge(atlas)).toEqual({
      areas: ['model', 'data'],
      skills: [{ id: 'training', area: 'model' }, { id: 'tuning', area: 'model' }, { id: 'labeling', area: 'data' }],
      roles: { modeler: { team: 'model', expectations: { training: [2, 3, 4, 5] } } },
      rules: [{ id: 'base', when: {}, requires: [{ skill: 'training', level: 2, people: 1 }] }],
      stages: [{ id: 'train', owners: ['modeler'], contributors: ['curator'] }],
    });
    expect(plannerKnowledge(atlas)).toBe(plannerKnowledge(atlas));
  });

  it('expects level 0 of a role the atlas does not have, or of a skill the role does not list', () => {
    expect(expectedLevel(undefined, 'training', 'lead')).toBe(0);
    expect(expectedLevel({ team: 'model', expectations: { training: [2, 3, 4, 5] } }, 'tuning', 'lead')).toBe(0);
    expect(expectedLevel({ team: 'model', expectations: { training: [2, 3, 4, 5] } }, 'training', 'senior')).toBe(4);
  });
});
