/** `getStaticPaths` helpers: every page exists once per locale (English at the root, Korean under /ko/). */
import type { Kind } from '../schemas/index';
import { localeParams } from '../i18n/index';
import { loadAtlas } from './atlas';
import { pageCount } from '../domain/paginate';

/** One path per entry of `kind` and locale, with `{ locale, id }` as props. */
export async function entryPaths(kind: Kind) {
  const atlas = await loadAtlas();
  return atlas[kind].flatMap((entry) =>
    localeParams().map(({ params, props }) => ({ params: { ...params, id: entry.id }, props: { ...props, id: entry.id } })),
  );
}

/** One path per page of an index of `count` entries, per locale: page 1 at the index, page n at `page/<n>`; props `{ locale, page }`. */
export function indexPaths(count: number) {
  return localeParams().flatMap(({ params, props }) =>
    Array.from({ length: pageCount(count) }, (_, i) => ({ params: { ...params, page: i === 0 ? undefined : `page/${i + 1}` }, props: { ...props, page: i + 1 } })),
  );
}
