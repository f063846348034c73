import { describe, expect, it } from 'vitest';
import { readContentTree } from '../support/read-content';

const tree = readContentTree(process.cwd());
const facts = <T>(kind: keyof typeof tree) => tree[kind].facts.map((e) => ({ id: e.id, data: e.data as T }));
const text = <T>(kind: keyof typeof tree, locale: string) =>
  tree[kind].text.filter((e) => e.locale === locale).map((e) => ({ id: e.id, data: e.data as T, body: e.body ?? '' }));

describe('the knowledge base covers what the site promises', () => {
  it.each([
    ['areas', 9],
    ['skills', 45],
    ['roles', 19],
    ['paths', 6],
    ['blueprints', 5],
    ['guides', 6],
    ['terms', 25],
    ['stages', 8],
    ['rules', 12],
  ] as const)('has enough %s (at least %i) in both locales', (kind, min) => {
    expect(tree[kind].facts.length).toBeGreaterThanOrEqual(min);
    for (const locale of ['en', 'ko']) expect(text(kind, locale).length).toBe(tree[kind].facts.length);
  });

  it('has at least three skills in every area', () => {
    const skills = facts<{ area: string }>('skills');
    for (const area of tree.areas.facts) {
      expect(skills.filter((s) => s.data.area === area.id).length, area.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has the roles the sources name and the ones the 2026 market adds, at stable ids', () => {
    const ids = tree.roles.facts.map((r) => r.id);
    for (const id of [
      'modeler', 'data-curator', 'tooling-developer', 'model-team-manager', 'model-engineer', 'serving-app-developer',
      'serving-backend-developer', 'data-engineer', 'aiops-engineer', 'ai-engineer', 'ai-researcher', 'ai-manager',
      'fullstack-ml-engineer', 'ai-product-manager', 'evaluation-engineer', 'data-annotator', 'data-scientist',
      'ai-solutions-engineer', 'ai-safety-specialist',
    ]) expect(ids).toContain(id);
  });

  it('lists at least five job-posting titles per role in each language', () => {
    for (const locale of ['en', 'ko']) {
      for (const role of text<{ aliases: string[] }>('roles', locale)) {
        expect(role.data.aliases.length, `${locale}/${role.id}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('links every glossary term from at least one role, skill or guide', () => {
    const used = new Set<string>();
    for (const kind of ['roles', 'skills', 'guides'] as const) {
      for (const e of facts<{ terms?: string[] }>(kind)) for (const t of e.data.terms ?? []) used.add(t);
    }
    for (const guide of text('guides', 'en')) for (const m of guide.body.matchAll(/<Term id="([^"]+)"/g)) used.add(m[1]!);
    const unused = tree.terms.facts.map((t) => t.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('names in every blueprint the product manager, the people who label (with a volume) and who does QA', () => {
    type Facts = { requirements: { labelling?: { volume: number; by: string } }; teams: { members: { role: string }[] }[] };
    for (const bp of facts<Facts>('blueprints')) {
      const roles = bp.data.teams.flatMap((t) => t.members.map((m) => m.role));
      expect(roles, bp.id).toContain('ai-product-manager');
      const labelling = bp.data.requirements.labelling;
      expect(labelling?.volume ?? 0, bp.id).toBeGreaterThan(0);
      if (labelling?.by === 'in-house') expect(roles, bp.id).toContain('data-annotator');
      for (const locale of ['en', 'ko']) {
        const prose = text<{ teams: Record<string, { notes?: string }> }>('blueprints', locale).find((t) => t.id === bp.id)!;
        expect(Object.values(prose.data.teams).map((t) => t.notes ?? '').join(' '), `${locale}/${bp.id}`).toMatch(/\bQA\b/);
      }
    }
  });

  it('gives every life-cycle stage an owner and has requirement rules for every serving target', () => {
    for (const stage of facts<{ owner: string }>('stages')) expect(stage.data.owner).toBeTruthy();
    const targets = facts<{ when: { servingTarget?: string[] } }>('rules').flatMap((r) => r.data.when.servingTarget ?? []);
    expect(new Set(targets)).toEqual(new Set(['mobile', 'local', 'cloud']));
  });
});
