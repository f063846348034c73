/**
 * Builds the Pagefind index when Astro has written the site, so `astro build` alone yields a searchable
 * site. One index per `<html lang>`: Korean pages are searched with Korean queries, English with English.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { separateBoxes } from '../domain/index-text';

/** Every HTML file under `dir`, skipping Astro's asset folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !path.includes(`${sep}_astro${sep}`));
}

/** The integration; add it last in `integrations`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Each page is handed over with its boxes separated (see src/domain/index-text.ts); Pagefind derives
        // the URL from sourcePath exactly as it does when it reads the folder itself.
        let pages = 0;
        for (const path of await htmlFiles(site)) {
          const sourcePath = relative(site, path).split(sep).join('/');
          const added = await index.addHTMLFile({ sourcePath, content: separateBoxes(await readFile(path, 'utf8')) });
          if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${pages} HTML files (pages without data-pagefind-body are left out)`);
        await close();
      },
    },
  };
}
