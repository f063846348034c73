/** `getStaticPaths` helpers: every page exists once per locale (English at the root, Korean under /ko/). */
import type { Kind } from '../schemas/index';
import { localeParams } from '../i18n/index';
import { loadAtlas } from './atlas';

/** One path per entry of `kind` and locale, with `{ locale, id }` as props. */
export async function entryPaths(kind: Kind) {
  const atlas = await loadAtlas();
  return atlas[kind].flatMap((entry) =>
    localeParams().map(({ params, props }) => ({ params: { ...params, id: entry.id }, props: { ...props, id: entry.id } })),
  );
}
