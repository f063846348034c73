// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import lazyImport from './src/integrations/lazy-import.ts';

// ATLAS_BASE lets the same build run under a sub-path (e.g. a project page on a code host).
const base = process.env.ATLAS_BASE ?? '/';

export default defineConfig({
  // ATLAS_SITE (the public origin, e.g. https://atlas.example.org) adds absolute hreflang alternates, canonical URLs,
  // absolute link-preview images and the sitemap.
  ...(process.env.ATLAS_SITE ? { site: process.env.ATLAS_SITE } : {}),
  base,
  // ATLAS_OUT_DIR builds into another folder (the sub-path test build), leaving dist/ alone.
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Order matters: the service worker precaches what the hooks before it wrote (Pagefind's index). The sitemap
  // is written only when ATLAS_SITE is set (it needs absolute URLs).
  integrations: [
    mdx(),
    pagefind(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ko: 'ko' } },
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html'),
    }),
    serviceWorker(),
  ],
  i18n: {
    locales: ['en', 'ko'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  markdown: { syntaxHighlight: 'prism' },
  // The service worker registration stays an external file, one cached copy for every page, instead of being
  // inlined into each page (Astro inlines scripts under 4 KB). Lazy chunks load without Vite's preload helper.
  vite: {
    plugins: [lazyImport()],
    build: { assetsInlineLimit: (file) => (file.includes('ServiceWorker.astro') ? false : undefined) },
  },
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
