/**
 * Level descriptors fetched on demand from the self-assessment's chunk files (assess/data/<n>.json), for the
 * islands that show descriptors without embedding them (comparison, position fit). Each chunk is fetched once:
 * a second caller waits for the fetch under way; a failed fetch is forgotten, so the next call tries again.
 */
import { addDescriptors, chunkFile, missingChunks, type AssessChunk, type Descriptor } from '../domain/assessment/chunks';
import { fetchJson } from './fetch-json';

export class DescriptorChunks {
  /** Name and level descriptors of every skill fetched so far. */
  readonly descriptors = new Map<string, Descriptor>();
  private readonly loaded = new Set<number>();
  private readonly pending = new Map<number, Promise<void>>();

  /** `base`: the URL of the chunk files' folder. */
  constructor(private readonly base: string) {}

  /** Whether the descriptors of some of `skills` are not loaded yet. */
  lacks(skills: Iterable<string>, chunkOf: ReadonlyMap<string, number>): boolean {
    return missingChunks(skills, chunkOf, this.loaded).length > 0;
  }

  /** Loads the descriptors of `skills`; rejects when a chunk cannot be fetched. */
  async load(skills: Iterable<string>, chunkOf: ReadonlyMap<string, number>): Promise<void> {
    await Promise.all(missingChunks(skills, chunkOf, this.loaded).map((n) => {
      let fetching = this.pending.get(n);
      if (!fetching) {
        fetching = fetchJson<AssessChunk>(`${this.base}${chunkFile(n)}`)
          .then((chunk) => {
            addDescriptors(this.descriptors, chunk);
            this.loaded.add(n);
          })
          .finally(() => this.pending.delete(n));
        this.pending.set(n, fetching);
      }
      return fetching;
    }));
  }
}
