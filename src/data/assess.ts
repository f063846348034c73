/**
 * What the self-assessment island loads at run time (src/domain/assessment/chunks.ts): one index per locale
 * (areas, every skill's id, area and name, chunk sizes, and every role's name and expected levels) and the form
 * chunks (each skill's description, level descriptors and next steps). Built once per build from the atlas.
 */
import { skillsByArea, type Atlas } from '../domain/atlas';
import { CHUNK_SIZE, planChunks, type AssessChunk, type AssessIndex } from '../domain/assessment/chunks';
import { memo } from '../domain/memo';
import type { Locale } from '../schemas/constants';
import { loadAtlas } from './atlas';

const plans = new WeakMap<object, { skills: Atlas['skills']; chunks: Atlas['skills'][]; chunkOf: Map<string, number> }>();

/** The skills in form order and their chunks, once per atlas. */
function plan(atlas: Atlas) {
  return memo(plans, atlas, () => {
    const skills = skillsByArea(atlas).flatMap((g) => g.skills);
    const byId = new Map(skills.map((s) => [s.id, s]));
    const chunks = planChunks(skills.map((s) => ({ id: s.id, area: s.facts.area })), CHUNK_SIZE).map((ids) => ids.map((id) => byId.get(id)!));
    const chunkOf = new Map(chunks.flatMap((chunk, n) => chunk.map((s) => [s.id, n] as const)));
    return { skills, chunks, chunkOf };
  });
}

/** The chunk number of every skill id (the comparison's role files point at the chunks; O(1) per lookup). */
export const chunkOfSkill = (atlas: Atlas): ReadonlyMap<string, number> => plan(atlas).chunkOf;

/** The number of chunks (for `getStaticPaths`). */
export async function chunkCount(): Promise<number> {
  return plan(await loadAtlas()).chunks.length;
}

/** The index in `locale`. */
export async function assessIndex(locale: Locale): Promise<AssessIndex> {
  const atlas = await loadAtlas();
  const { skills, chunks } = plan(atlas);
  const areaIndex = new Map(atlas.areas.map((a, i) => [a.id, i]));
  return {
    areas: atlas.areas.map((a) => ({ id: a.id, name: a.text[locale].name })),
    skills: skills.map((s) => [s.id, areaIndex.get(s.facts.area)!, s.text[locale].name]),
    chunks: chunks.map((c) => c.length),
    roles: atlas.roles.map((r) => ({ id: r.id, name: r.text[locale].name, expectations: r.facts.expectations })),
  };
}

/** Chunk `n` in `locale`. */
export async function assessChunk(locale: Locale, n: number): Promise<AssessChunk> {
  const chunk = plan(await loadAtlas()).chunks[n];
  if (!chunk) throw new RangeError(`no chunk ${n}`);
  return {
    skills: chunk.map((s) => ({ id: s.id, name: s.text[locale].name, description: s.text[locale].description, levels: s.text[locale].levels, next: s.text[locale].next })),
  };
}

/** A JSON response. */
export const jsonResponse = (data: unknown): Response => new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
