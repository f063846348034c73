// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import { fillTemplate } from '../../../src/i18n/format';
import { analyzePlan } from '../../../src/domain/team/analyze';
import { removeMember } from '../../../src/domain/team/state';
import { renderCoverage, renderRisks, type Model } from '../../../src/islands/team/render';
import { NOW, knowledge, smallPlan } from '../../fixtures/team';

const t = (key: string, vars: Record<string, string | number> = {}) => fillTemplate((en as Record<string, string>)[key] ?? key, vars);
const model = (k = knowledge): Model => ({
  knowledge: k,
  names: { roles: { r1: 'Role one', r2: 'Role two', r3: 'Role three' }, skills: { s1: 'Skill one', s2: 'Skill two', s3: 'Skill three' }, areas: {}, stages: {}, rules: { always: 'Always', hard: 'Hard' }, blueprints: {} },
});
const hosts = () => Object.fromEntries(['bus', 'gaps', 'spofs', 'short', 'stages', 'hires', 'pairs'].map((k) => [k, document.createElement('ul')])) as unknown as Parameters<typeof renderRisks>[0];

describe('the planner’s coverage table', () => {
  it('links each rule behind a line to its entry in the rule list', () => {
    const skills = document.createElement('tbody');
    renderCoverage(document.createElement('tbody'), skills, analyzePlan(smallPlan(), knowledge), model(), t, '/skills/');
    const links = [...skills.querySelectorAll('tr[data-skill="s1"] td:last-child a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([['#rule-always', 'Always']]);
  });
});

describe('the hire suggestions', () => {
  it('say no hire is needed only when every line is covered', () => {
    const h = hosts();
    renderRisks(h, analyzePlan(smallPlan(), knowledge), model(), t);
    expect(h.hires.textContent).toBe('No hire needed: every required skill is held by more than one person.');
  });

  it('say that no role helps when lines are open but no role reaches their level', () => {
    // s2 at level 5: r1 reaches 3 at most, so nobody in the plan and no role of the atlas can hold it.
    const hard = { ...knowledge, rules: [{ id: 'hard', when: {}, requires: [{ skill: 's2', level: 5, people: 1 }] }] };
    const analysis = analyzePlan(removeMember(smallPlan(), 'p1', NOW), hard);
    expect(analysis.hires).toEqual([]);
    const h = hosts();
    renderRisks(h, analysis, model(hard), t);
    expect(h.hires.textContent).toBe('No role of the atlas, added once at any seniority, would hold an open skill at the level it needs: train someone (see the training pairs) or look for a specialist.');
    expect(h.gaps.textContent).toBe('Skill two: nobody at level 5 or above (1 needed)');
  });
});
