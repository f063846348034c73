/**
 * Level descriptors fetched on demand from the self-assessment's chunk files (assess/data/<n>.json), for the
 * islands that show descriptors without embedding them (comparison, position fit). Each chunk is fetched once
 * (src/client/json-files.ts): a second caller waits for the fetch under way; a failed fetch is
 * forgotten, so the next call tries again.
 */
import { addDescriptors, chunkFile, missingChunks, type AssessChunk, type Descriptor } from '../domain/assessment/chunks';
import { JsonFiles } from './json-files';

export class DescriptorChunks {
  /** Name and level descriptors of every skill fetched so far. */
  readonly descriptors = new Map<string, Descriptor>();
  private readonly added = new Set<number>();
  private readonly chunks: JsonFiles<number, AssessChunk>;

  /** `base`: the URL of the chunk files' folder. */
  constructor(base: string) {
    this.chunks = new JsonFiles((n) => `${base}${chunkFile(n)}`);
  }

  /** Whether the descriptors of some of `skills` are not loaded yet. */
  lacks(skills: Iterable<string>, chunkOf: ReadonlyMap<string, number>): boolean {
    return missingChunks(skills, chunkOf, this.added).length > 0;
  }

  /** Loads the descriptors of `skills`; rejects when a chunk cannot be fetched. */
  async load(skills: Iterable<string>, chunkOf: ReadonlyMap<string, number>): Promise<void> {
    await Promise.all(missingChunks(skills, chunkOf, this.added).map(async (n) => {
      const chunk = await this.chunks.load(n);
      if (this.added.has(n)) return;
      addDescriptors(this.descriptors, chunk);
      this.added.add(n);
    }));
  }
}
