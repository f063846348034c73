import { describe, expect, it } from 'vitest';
import { lookupCompareUrl, lookupPicks } from '../../../src/domain/titles/links';

describe('links to the comparison', () => {
  it('compares the suggested roles at the seniority of the title', () => {
    const result = { seniority: 'senior' as const, roles: [{ id: 'modeler', score: 1, reason: { kind: 'title' as const, title: 'x' } }, { id: 'ai-engineer', score: 0.5, reason: { kind: 'title' as const, title: 'y' } }] };
    expect(lookupPicks(result)).toEqual([{ role: 'modeler', seniority: 'senior' }, { role: 'ai-engineer', seniority: 'senior' }]);
    expect(lookupCompareUrl('/ko/compare/', result)).toBe('/ko/compare/#roles=modeler:senior,ai-engineer:senior');
  });
});
