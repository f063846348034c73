import { describe, expect, it } from 'vitest';
import { matchRoles } from '../../src/domain/assessment/scoring';
import { readContentTree } from '../support/read-content';

const tree = readContentTree(process.cwd());
const roles = tree.roles.facts.map((f) => ({ id: f.id, expectations: (f.data as { expectations: Record<string, number[]> }).expectations }));

describe('role match on the real roles', () => {
  it('ranks the model engineer first for a conversion and optimisation specialist', () => {
    const specialist = { 'model-conversion': 4, 'model-compression': 4, 'gpu-programming': 3, 'inference-serving': 3, 'on-device-deployment': 3 };
    expect(matchRoles(specialist, roles)[0]!.role).toBe('model-engineer');
  });

  it('ranks the data engineer or AIOps engineer first for a pipeline and infrastructure specialist', () => {
    const specialist = { 'data-pipelines': 4, 'cloud-infrastructure': 3, 'pipeline-automation': 3, monitoring: 3, 'mlops-deployment': 2 };
    expect(['data-engineer', 'aiops-engineer']).toContain(matchRoles(specialist, roles)[0]!.role);
  });

  it('tells a learner with broad level-2 ratings that no role is a close match, and where they meet mid level', () => {
    const broad = Object.fromEntries(tree.skills.facts.map((s) => [s.id, 2]));
    const matches = matchRoles(broad, roles);
    expect(Math.max(...matches.map((m) => m.shape))).toBeLessThan(0.8);
    expect(new Set(matches.map((m) => m.met)).size).toBeGreaterThanOrEqual(2);
  });
});
