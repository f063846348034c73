import { describe, expect, it } from 'vitest';
import { rolesListing, skillPositions, type PlannerKnowledge } from '../../../src/domain/team/knowledge';

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
