/// <reference types="vitest/config" />
// The unit project alone, for StrykerJS (stryker.config.json): mutants are judged by the domain and content
// tests, never by the browser tests, which need a build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
    environment: 'node',
    // Instrumented code runs several times slower; Stryker sets its own per-mutant timeouts.
    testTimeout: 60_000,
  },
});
