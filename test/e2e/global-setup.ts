/** Serves the built site (dist/) with Astro's preview server for the browser tests. Run `npm run build` first. */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${process.env.ATLAS_BASE ?? '/'}`.replace(/\/?$/, '/'));
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
