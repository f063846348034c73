// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

// ATLAS_BASE lets the same build run under a sub-path (e.g. a project page on a code host).
const base = process.env.ATLAS_BASE ?? '/';

export default defineConfig({
  // ATLAS_SITE (the public origin, e.g. https://atlas.example.org) adds absolute hreflang alternates to every page.
  ...(process.env.ATLAS_SITE ? { site: process.env.ATLAS_SITE } : {}),
  base,
  // ATLAS_OUT_DIR builds into another folder (the sub-path test build), leaving dist/ alone.
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  i18n: {
    locales: ['en', 'ko'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  markdown: { syntaxHighlight: 'prism' },
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
