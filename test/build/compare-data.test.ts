/** The comparison's data files (<dist>/[ko/]compare/data/<role>.json), a comparison page that carries none of the model, a position-fit page without level descriptors or expectations, and the team planner's presets (team/data/<blueprint>.json). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handOffs, sharedStages, type StageFacts } from '../../src/domain/compare';
import { mergeRoles, type CompareRole } from '../../src/domain/compare-data';
import { readContentTree } from '../support/read-content';
import { SITE_BASE, SITE_DIR } from '../support/site';

const tree = readContentTree('.');
type RoleFacts = { expectations: Record<string, number[]>; collaborators?: string[] };
type StageData = { order: number; owner: string; contributors?: string[] };
const roleFacts = new Map(tree.roles.facts.map((f) => [f.id, f.data as RoleFacts]));
const areaOf = new Map(tree.skills.facts.map((f) => [f.id, (f.data as { area: string }).area]));
const text = <T>(kind: 'roles' | 'skills' | 'stages', locale: string, id: string) => tree[kind].text.find((t) => t.locale === locale && t.id === id)!.data as T;
const allStages: StageFacts[] = tree.stages.facts
  .map((f) => ({ id: f.id, order: (f.data as StageData).order, owner: (f.data as StageData).owner, contributors: (f.data as StageData).contributors ?? [] }))
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
const collaborators = new Map([...roleFacts].map(([id, f]) => [id, f.collaborators ?? []]));

describe.each([['en', ''], ['ko', 'ko/']])('the %s comparison data', (locale, prefix) => {
  const dir = join(SITE_DIR, prefix, 'compare');
  const files = new Map([...roleFacts.keys()].map((id) => [id, JSON.parse(readFileSync(join(dir, 'data', `${id}.json`), 'utf8')) as CompareRole]));
  const index = JSON.parse(readFileSync(join(SITE_DIR, prefix, 'assess/data/index.json'), 'utf8')) as { skills: [string, number, string][]; chunks: number[] };
  const chunkOf = new Map<string, number>();
  let at = 0;
  index.chunks.forEach((size, n) => index.skills.slice(at, (at += size)).forEach(([id]) => chunkOf.set(id, n)));

  it('has one file per role and nothing else, each with the role’s facts and text in the locale', () => {
    expect(readdirSync(join(dir, 'data')).sort()).toEqual([...roleFacts.keys()].map((id) => `${id}.json`).sort());
    for (const [id, file] of files) {
      const own = text<{ name: string; input: string; output: string }>('roles', locale, id);
      expect([file.id, file.name, file.input, file.output], id).toEqual([id, own.name, own.input, own.output]);
      expect(file.expectations, id).toEqual(roleFacts.get(id)!.expectations);
      expect(file.collaborators, id).toEqual(roleFacts.get(id)!.collaborators ?? []);
    }
  });

  it('places every expected skill: its area and the assessment chunk that holds its name and level descriptors', () => {
    for (const [id, file] of files) {
      expect(Object.keys(file.skills).sort(), id).toEqual(Object.keys(file.expectations).sort());
      for (const [skill, [area, , chunk]] of Object.entries(file.skills)) {
        expect([area, chunk], `${id} ${skill}`).toEqual([areaOf.get(skill), chunkOf.get(skill)]);
        const held = JSON.parse(readFileSync(join(SITE_DIR, prefix, `assess/data/${chunk}.json`), 'utf8')) as { skills: { id: string; levels: string[] }[] };
        expect(held.skills.find((s) => s.id === skill)?.levels, `${id} ${skill}`).toEqual(text<{ levels: string[] }>('skills', locale, skill).levels);
      }
    }
  });

  it('gives every pair of roles the shared stages and hand-offs that the whole life cycle gives', () => {
    const ids = [...files.keys()];
    let pairs = 0;
    let found = 0;
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) {
        const { stages, roles } = mergeRoles([files.get(a)!, files.get(b)!]);
        expect(sharedStages([a, b], stages).map((s) => s.stage), `${a} ${b}`).toEqual(sharedStages([a, b], allStages).map((s) => s.stage));
        const merged = handOffs([a, b], stages, new Map(roles.map((r) => [r.id, r.collaborators])));
        expect(merged, `${a} ${b}`).toEqual(handOffs([a, b], allStages, collaborators));
        for (const s of stages) expect(s.name).toBe(text<{ name: string }>('stages', locale, s.id).name);
        pairs += 1;
        found += merged.length;
      }
    }
    expect(pairs).toBe((ids.length * (ids.length - 1)) / 2);
    expect(found).toBeGreaterThan(10);
  });

  it('leaves the model out of the page: no role’s expectations, no skill’s descriptors, only the selects’ names', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).not.toContain('data-model');
    expect(html).not.toContain(text<{ levels: string[] }>('skills', locale, 'model-conversion').levels[2]);
    expect(html).not.toContain(text<{ input: string }>('roles', locale, 'modeler').input);
    expect(html).toContain(`data-data="${SITE_BASE}${prefix}compare/data/" data-chunks="${SITE_BASE}${prefix}assess/data/"`);
    expect(html.match(/<option value="modeler"/g)).toHaveLength(4);
  });
});

describe.each([['en', ''], ['ko', 'ko/']])('the %s position-fit page', (locale, prefix) => {
  const html = readFileSync(join(SITE_DIR, prefix, 'fit/index.html'), 'utf8');
  const index = JSON.parse(readFileSync(join(SITE_DIR, prefix, 'assess/data/index.json'), 'utf8')) as { skills: [string, number, string][]; chunks: number[] };
  /** The island's model, from the page's data-model attribute. */
  const fitModel = (): object => JSON.parse(/data-model="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

  it('carries no level descriptor: the island fetches the chunks (assess/data/) that hold the position’s', () => {
    for (const id of ['model-conversion', 'service-requirements', 'statistical-analysis']) {
      for (const level of text<{ levels: string[] }>('skills', locale, id).levels) expect(html, `${id}: ${level}`).not.toContain(level.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
    expect(html).toContain(`data-chunks="${SITE_BASE}${prefix}assess/data/"`);
    // Each skill names the chunk that holds it, as the assessment index orders them.
    const model = fitModel() as { skills: { id: string; chunk: number }[] };
    const chunkOf = new Map<string, number>();
    let at = 0;
    index.chunks.forEach((size, n) => index.skills.slice(at, (at += size)).forEach(([id]) => chunkOf.set(id, n)));
    expect(model.skills).toHaveLength(chunkOf.size);
    for (const skill of model.skills) expect(skill.chunk, skill.id).toBe(chunkOf.get(skill.id));
  });

  it('carries no role’s expectations: the island fetches the chosen role’s file (compare/data/), as the comparison does', () => {
    expect(Object.keys(fitModel()).sort()).toEqual(['areas', 'skills']);
    expect(/data-model="([^"]*)"/.exec(html)![1]).not.toContain('expectations');
    expect(html).toContain(`data-roles="${SITE_BASE}${prefix}compare/data/"`);
  });
});

describe.each([['en', ''], ['ko', 'ko/']])('the %s team planner’s presets', (_, prefix) => {
  const html = readFileSync(join(SITE_DIR, prefix, 'team/index.html'), 'utf8');
  const dir = join(SITE_DIR, prefix, 'team', 'data');

  it('are one file per blueprint with its requirement inputs and starting teams, as content/ has them', () => {
    const ids = tree.blueprints.facts.map((f) => f.id).sort();
    expect(readdirSync(dir).sort()).toEqual(ids.map((id) => `${id}.json`));
    for (const { id, data } of tree.blueprints.facts) {
      const { requirements, teams } = data as { requirements: unknown; teams: unknown };
      expect(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')), id).toEqual({ id, requirements, teams });
    }
  });

  it('are not in the planner page: it names the folder the island fetches a blueprint from when it is loaded', () => {
    expect(html).toContain(`data-presets="${SITE_BASE}${prefix}team/data/"`);
    expect(/data-model="([^"]*)"/.exec(html)![1]).not.toContain('presets');
    // The blueprints' starting teams (their members' notes) are in no attribute of the page.
    expect(html).not.toMatch(/&quot;teams&quot;:\[/);
  });
});
