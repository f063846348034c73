/**
 * A Vite plugin that replaces Vite's module-preload helper with a plain call of the dynamic import.
 *
 * Vite wraps every `import()` of client code in a helper (~0.9 KB gzipped, loaded up front by every tool page)
 * that adds `<link rel=modulepreload>` for the lazy chunk's imports before loading it. Here it buys nothing: the
 * lazy chunks (the radar download, a tool's file import/export) are loaded on a click, their imports are chunks
 * the page already loaded, no lazy chunk carries CSS, and the service worker precaches every chunk after the first
 * visit. Without it, each tool page's first load is that much smaller and the lazy chunk still loads its own
 * imports (the browser follows them).
 */
import type { Plugin } from 'vite';

/** The id under which Vite serves its preload helper to the client build. */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper's replacement: same export, same call signature, no preloading. */
export const PLAIN_PRELOAD = 'export const __vitePreload = (load) => load();';

export default function lazyImport(): Plugin {
  return {
    name: 'atlas-lazy-import',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      return id === PRELOAD_HELPER_ID ? PLAIN_PRELOAD : undefined;
    },
  };
}
