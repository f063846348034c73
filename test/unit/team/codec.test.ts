import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan } from '../../../src/domain/team/codec';
import { nameFromFile, readMemberFile } from '../../../src/domain/team/member-file';
import { decodePlanShare, encodePlanShare } from '../../../src/domain/team/share';
import { emptyPlan, importPeople } from '../../../src/domain/team/state';
const emptyPlanFor = () => emptyPlan(new Date('2026-12-02T10:00:00.000Z'));
import { NOW, known, smallPlan } from '../../fixtures/team';

const text = (value: unknown) => JSON.stringify(value);

describe('plan files and drafts', () => {
  it('round-trip a plan', () => {
    const encoded = encodePlan(smallPlan());
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(decodePlan(encoded.text, known)).toEqual({ ok: true, plan: smallPlan(), dropped: [] });
  });

  it('refuse text that is not JSON, not a plan or from a future version', () => {
    expect(decodePlan('{ nope', known)).toEqual({ ok: false, reason: 'not-json' });
    expect(decodePlan('[]', known)).toEqual({ ok: false, reason: 'wrong-format' });
    expect(decodePlan(text({ format: 'ai-team-atlas/assessment', version: 2 }), known)).toEqual({ ok: false, reason: 'wrong-format' });
    expect(decodePlan(text({ ...smallPlan(), version: 2 }), known)).toEqual({ ok: false, reason: 'unsupported-version', version: 2 });
  });

  it('refuse absurd head counts and member totals, naming the field', () => {
    const plan = smallPlan();
    plan.teams[0]!.lines[0]!.count = 10_000;
    expect(decodePlan(text(plan), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'teams.0.lines.0.count' });
    const many = smallPlan();
    many.teams[0]!.lines = Array.from({ length: 5 }, (_, i) => ({ id: `l${i + 1}`, role: 'r1', seniority: 'mid' as const, count: 50, away: [] }));
    expect(decodePlan(text(many), known)).toMatchObject({ ok: false, reason: 'invalid', message: 'a plan holds at most 200 members; split it into several plans' });
  });

  it('refuse markup in names, duplicate ids and away positions beyond the head count', () => {
    const hostile = smallPlan();
    hostile.teams[0]!.people[0]!.name = '<script>alert(1)</script>';
    expect(decodePlan(text(hostile), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'teams.0.people.0.name' });
    const dup = smallPlan();
    dup.teams[0]!.people[0]!.id = 'l1';
    expect(decodePlan(text(dup), known)).toMatchObject({ ok: false, reason: 'invalid', message: 'ids of teams, lines and people must be unique' });
    const away = smallPlan();
    away.teams[0]!.lines[0]!.away = [3];
    expect(decodePlan(text(away), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'teams.0.lines.0.away' });
  });

  it('refuse an unknown role and drop ratings of unknown skills, reporting them', () => {
    const ghost = smallPlan();
    ghost.teams[0]!.lines[0]!.role = 'ghost-role';
    expect(decodePlan(text(ghost), known)).toEqual({ ok: false, reason: 'unknown-role', role: 'ghost-role' });
    const retired = smallPlan();
    retired.teams[0]!.people[0]!.ratings = { s1: 4, 'retired-skill': 2 };
    const result = decodePlan(text(retired), known);
    expect(result).toMatchObject({ ok: true, dropped: ['retired-skill'] });
    if (result.ok) expect(result.plan.teams[0]!.people[0]!.ratings).toEqual({ s1: 4 });
  });
});

describe('plan files: details a hand-edited file can get wrong', () => {
  it('refuse an imported person whose role the atlas does not have', () => {
    const ghost = smallPlan();
    ghost.teams[0]!.people[0]!.role = 'ghost-role';
    expect(decodePlan(text(ghost), known)).toEqual({ ok: false, reason: 'unknown-role', role: 'ghost-role' });
  });

  it('report dropped skills once each, in alphabetical order, and no migration for a current file', () => {
    const retired = importPeople(smallPlan(), 't1', [{ name: 'Bo', role: null, ratings: { zeta: 1, s3: 2, alpha: 3 } }], new Set(['r1', 'r2', 'r3']), NOW).plan;
    retired.teams[0]!.people[0]!.ratings = { s1: 4, zeta: 2 };
    expect(decodePlan(text(retired), known)).toStrictEqual({
      ok: true,
      plan: { ...retired, teams: [{ ...retired.teams[0]!, people: [{ ...retired.teams[0]!.people[0]!, ratings: { s1: 4 } }, { ...retired.teams[0]!.people[1]!, ratings: { s3: 2 } }] }] },
      dropped: ['alpha', 'zeta'],
    });
  });

  it('refuse away positions that repeat or are out of order', () => {
    const twice = smallPlan();
    twice.teams[0]!.lines[1]!.away = [1, 1];
    expect(decodePlan(text(twice), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'teams.0.lines.1.away' });
    const unordered = smallPlan();
    unordered.teams[0]!.lines[1]!.away = [1, 0];
    expect(decodePlan(text(unordered), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'teams.0.lines.1.away' });
    const last = smallPlan();
    last.teams[0]!.lines[1]!.away = [2];
    expect(decodePlan(text(last), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'teams.0.lines.1.away' });
    const both = smallPlan();
    both.teams[0]!.lines[1]!.away = [0, 1];
    expect(decodePlan(text(both), known)).toMatchObject({ ok: true });
  });
});

describe('plan share links', () => {
  it('reproduce the plan body with the time of opening', async () => {
    const token = await encodePlanShare(smallPlan());
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const later = new Date('2026-12-03T08:00:00.000Z');
    expect(await decodePlanShare(token, known, later)).toEqual({ ok: true, plan: { ...smallPlan(), updatedAt: later.toISOString() }, dropped: [] });
  });

  it('refuse malformed and oversized tokens', async () => {
    expect(await decodePlanShare('not a token!', known, NOW)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await decodePlanShare('AAAA', known, NOW)).toMatchObject({ ok: false });
    expect(await decodePlanShare('A'.repeat(70_000), known, NOW)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('member files', () => {
  const assessment = (ratings: Record<string, number>, target: unknown = null) =>
    text({ format: 'ai-team-atlas/assessment', version: 2, ratings, target, hideExpectations: false, snapshots: [], updatedAt: '2026-11-30T09:00:00.000Z' });

  it('read an exported self-assessment as a person named after the file, with the target role', () => {
    expect(readMemberFile('minji-kim.json', assessment({ s1: 3, gone: 2 }, { role: 'r2', seniority: 'mid' }), known)).toEqual({
      ok: true, person: { name: 'minji kim', role: 'r2', ratings: { s1: 3 } }, dropped: ['gone'],
    });
    expect(readMemberFile('x.json', assessment({}, { role: 'unknown-role', seniority: 'mid' }), known)).toMatchObject({ ok: true, person: { role: null } });
  });

  it('refuse a file that is not an assessment, naming the file', () => {
    expect(readMemberFile('plan.json', text(smallPlan()), known)).toEqual({ ok: false, file: 'plan.json', reason: 'wrong-format' });
    expect(readMemberFile('bad.json', '{', known)).toEqual({ ok: false, file: 'bad.json', reason: 'not-json' });
  });

  it('name people after their file without the tool prefix, date or markup', () => {
    expect(nameFromFile('ai-team-atlas-assessment-2026-12-02.json')).toBe('member');
    expect(nameFromFile('ai-team-atlas-assessment-jisoo-2026-12-02.json')).toBe('jisoo');
    expect(nameFromFile('<b>Lee</b>.json')).toBe('bLee/b');
    expect(nameFromFile('Lee <>.json')).toBe('Lee');
  });
});

describe('plan share links: size', () => {
  it('refuse to make a link longer than a share link may be, rather than one that would not open', async () => {
    let seed = 7;
    /** Pseudo-random letters (xorshift32), so the payload does not compress. */
    const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), seed >>> 0);
    const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + (next() % 26))).join('');
    const people = Array.from({ length: 200 }, (_, i) => ({ name: `P ${i}`, role: null, ratings: Object.fromEntries(Array.from({ length: 60 }, () => [letters(12), 3])) }));
    const big = importPeople(emptyPlanFor(), 't1', people, known.roles, NOW).plan;
    await expect(encodePlanShare(big)).rejects.toThrow(new RangeError('share payload refused: too-large'));
  });
});

describe('names the atlas does not have', () => {
  it('drop a blueprint (preset) the atlas does not have from a file or a link, and say which', async () => {
    const unknown = { ...smallPlan(), preset: 'no-such-blueprint' };
    expect(decodePlan(text(unknown), known)).toEqual({ ok: true, plan: { ...unknown, preset: null }, dropped: [], droppedPreset: 'no-such-blueprint' });
    expect(decodePlan(text({ ...smallPlan(), preset: 'cards' }), known)).toEqual({ ok: true, plan: { ...smallPlan(), preset: 'cards' }, dropped: [] });
    const token = await encodePlanShare(unknown);
    expect(await decodePlanShare(token, known, NOW)).toMatchObject({ ok: true, plan: { preset: null }, droppedPreset: 'no-such-blueprint' });
  });

  it('import a member whose target role the atlas does not have without a role, and say which role it was', () => {
    const file = (role: string) => text({ format: 'ai-team-atlas/assessment', version: 2, ratings: { s1: 3 }, target: { role, seniority: 'mid' }, hideExpectations: false, snapshots: [], updatedAt: '2026-11-30T09:00:00.000Z' });
    expect(readMemberFile('ana.json', file('ghost-role'), known)).toEqual({ ok: true, person: { name: 'ana', role: null, ratings: { s1: 3 } }, dropped: [], unknownRole: 'ghost-role' });
    expect(readMemberFile('ana.json', file('r1'), known)).toEqual({ ok: true, person: { name: 'ana', role: 'r1', ratings: { s1: 3 } }, dropped: [] });
  });
});
