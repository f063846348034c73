/**
 * Builds the Pagefind index when Astro has written the site, so `astro build` alone yields a searchable
 * site. One index per `<html lang>`: Korean pages are searched with Korean queries, English with English.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The integration; add it last in `integrations`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await close();
      },
    },
  };
}
