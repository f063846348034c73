/**
 * Writes the service worker (`sw.js` at the base) with Workbox's generateSW once the site and the Pagefind
 * index are on disk, so the precache lists every page's HTML, the assets and the search index. Add it after
 * the Pagefind integration: Astro runs `astro:build:done` hooks one after another in that order.
 *
 * Every file is precached with a revision (a hash of its content); a new build's worker replaces changed
 * entries and deletes the old caches when it activates. It never touches localStorage, where saved data lives.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** Files the worker precaches, relative to the output folder. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,webmanifest}', 'icon-*.png', 'title-index.json', '**/assess/data/*.json', '**/compare/data/*.json', '**/team/data/*.json', 'pagefind/**/*'];

/** The integration; add it after the Pagefind integration. */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'atlas-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: PRECACHE_PATTERNS,
          // The open data (api/) and the link-preview images are for other programs, not for reading offline.
          globIgnores: ['api/**', 'og/**', 'sw.js', 'workbox-*.js'],
          swDest: `${site}sw.js`,
          // Search's query (?q=) and Pagefind's cache-busting parameter must still find the precached file.
          ignoreURLParametersMatching: [/.*/],
          // Astro's assets carry a content hash in their name already.
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
