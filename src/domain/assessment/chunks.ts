/**
 * The assessment form, area by area. The page carries no skill's form: each skill's name, description, level
 * descriptors and next steps live in small JSON files built with the site, one per chunk of at most
 * `CHUNK_SIZE` consecutive skills of one area. The island fetches the chunks it needs: in the full form the
 * first ones up to a budget of skills (more on request), in the quick form the chunks of the skills it asks,
 * and the chunks of the skills a gap list must explain. So the page weighs the same with 40 or 5,000 skills.
 */

/** The island's index file (assess/data/index.json): `skills` as `[id, area index, name]` in form order, chunk after chunk. */
export interface AssessIndex {
  areas: { id: string; name: string }[];
  skills: [string, number, string][];
  /** Number of skills in each chunk, in order: the skills above, cut in that order. */
  chunks: number[];
  roles: { id: string; name: string; expectations: Record<string, readonly number[]> }[];
}

/** One chunk file of the form (assess/data/<n>.json). */
export interface AssessChunk {
  skills: { id: string; name: string; description: string; levels: string[]; next: string[] }[];
}

/** Skill id → chunk number, from the index's skills (in chunk order) and chunk sizes. */
export function chunkMap(skills: readonly { id: string }[], sizes: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  let at = 0;
  sizes.forEach((size, n) => {
    for (let i = 0; i < size && at < skills.length; i++) map.set(skills[at++]!.id, n);
  });
  return map;
}

/** The file name of chunk `n` (under assess/data/). */
export const chunkFile = (n: number): string => `${n}.json`;

/** Skills per chunk file. */
export const CHUNK_SIZE = 12;
/** Skills the full form shows before the user asks for more (and how many more each time). */
export const FORM_BUDGET = 120;

/**
 * Cuts skills (in display order: area by area) into chunks of at most `size` consecutive skills of one area.
 * Returns the skill ids of each chunk, in order.
 */
export function planChunks(skills: readonly { id: string; area: string }[], size = CHUNK_SIZE): string[][] {
  if (!(size >= 1)) throw new RangeError(`invalid chunk size: ${size}`);
  const chunks: string[][] = [];
  let area: string | undefined;
  for (const skill of skills) {
    const last = chunks.at(-1);
    if (!last || skill.area !== area || last.length >= size) chunks.push([skill.id]);
    else last.push(skill.id);
    area = skill.area;
  }
  return chunks;
}

/** The chunk numbers holding `ids`, ascending, each once; ids without a chunk are ignored. */
export function chunksOf(ids: Iterable<string>, chunkOf: ReadonlyMap<string, number>): number[] {
  const found = new Set<number>();
  for (const id of ids) {
    const chunk = chunkOf.get(id);
    if (chunk !== undefined) found.add(chunk);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * How many leading chunks the full form shows with a budget of `budget` skills: as many as fit, at least one
 * (when there is one), never more than there are.
 */
export function leadingChunks(sizes: readonly number[], budget: number): number {
  let skills = 0;
  let count = 0;
  for (const size of sizes) {
    if (count > 0 && skills + size > budget) break;
    skills += size;
    count += 1;
  }
  return count;
}

/** The chunks the form needs: the quick form's or the full form's, plus those behind the gap list. */
export function neededChunks(options: {
  mode: 'quick' | 'full';
  /** Skills the quick form asks. */
  asked: readonly string[];
  /** Skills whose descriptors the gap list shows. */
  explained: readonly string[];
  /** Size of each chunk, in order. */
  sizes: readonly number[];
  /** The full form's budget of skills. */
  budget: number;
  chunkOf: ReadonlyMap<string, number>;
}): number[] {
  const { mode, asked, explained, sizes, budget, chunkOf } = options;
  const form = mode === 'quick' ? chunksOf(asked, chunkOf) : Array.from({ length: leadingChunks(sizes, budget) }, (_, i) => i);
  return [...new Set([...form, ...chunksOf(explained, chunkOf)])].sort((a, b) => a - b);
}

/** A skill's name and level descriptors, from an assessment chunk. */
export interface Descriptor {
  name: string;
  levels: string[];
}

/** The assessment chunks holding the descriptors of `skills` that are not loaded yet, ascending, each once. */
export function missingChunks(skills: Iterable<string>, chunkOf: ReadonlyMap<string, number>, loaded: ReadonlySet<number>): number[] {
  return chunksOf(skills, chunkOf).filter((n) => !loaded.has(n));
}

/** Adds the names and level descriptors of a fetched chunk's skills to `descriptors`. */
export function addDescriptors(descriptors: Map<string, Descriptor>, chunk: AssessChunk): void {
  for (const skill of chunk.skills) descriptors.set(skill.id, { name: skill.name, levels: skill.levels });
}
