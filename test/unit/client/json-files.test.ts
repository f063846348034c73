import { afterEach, describe, expect, it, vi } from 'vitest';
import { JsonFiles, roleFiles } from '../../../src/client/json-files';

/** A fetch stub: each URL answers with its body, or fails while it is in `failing`. */
function stubFetch(failing: Set<string>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    await Promise.resolve();
    return failing.has(url) ? new Response('', { status: 503 }) : new Response(JSON.stringify({ url }), { status: 200 });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('data files fetched on demand', () => {
  it('fetches a file once: a second caller during the fetch waits for it, a later one gets what was kept', async () => {
    const calls = stubFetch(new Set());
    const files = new JsonFiles<number, { url: string }>((n) => `/data/${n}.json`);
    const [a, b] = await Promise.all([files.load(3), files.load(3)]);
    expect(a).toEqual({ url: '/data/3.json' });
    expect(b).toBe(a);
    expect(await files.load(3)).toBe(a);
    expect(calls).toEqual(['/data/3.json']);
    expect([...files.loaded.keys()]).toEqual([3]);
  });

  it('rejects when a file cannot be fetched, keeps nothing of it, and tries again on the next call', async () => {
    const failing = new Set(['/data/1.json']);
    const calls = stubFetch(failing);
    const files = new JsonFiles<number, { url: string }>((n) => `/data/${n}.json`);
    await expect(files.load(1)).rejects.toThrow('503 /data/1.json');
    expect(files.loaded.size).toBe(0);
    failing.clear();
    expect(await files.load(1)).toEqual({ url: '/data/1.json' });
    expect(calls).toEqual(['/data/1.json', '/data/1.json']);
  });

  it('finds a role’s file under the locale’s compare/data/ folder', async () => {
    const calls = stubFetch(new Set());
    await roleFiles('/ko/compare/data/').load('model-engineer');
    expect(calls).toEqual(['/ko/compare/data/model-engineer.json']);
  });
});
