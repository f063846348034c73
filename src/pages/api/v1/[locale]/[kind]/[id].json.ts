/** `/api/v1/<locale>/<kind>/<id>.json`: one entry with its facts and its text in one locale (a guide with its MDX body). */
import type { APIRoute } from 'astro';
import { guideBody, loadAtlas } from '../../../../../data/atlas';
import { byId, type Entry } from '../../../../../domain/atlas';
import { buildApiItem } from '../../../../../domain/open-data';
import { KIND_NAMES, LOCALES, type Kind, type Locale } from '../../../../../schemas/index';

interface Props {
  locale: Locale;
  kind: Kind;
  id: string;
}

export async function getStaticPaths() {
  const atlas = await loadAtlas();
  return LOCALES.flatMap((locale) =>
    KIND_NAMES.flatMap((kind) => atlas[kind].map(({ id }) => ({ params: { locale, kind, id }, props: { locale, kind, id } }))),
  );
}

export const GET: APIRoute<Props> = async ({ props: { locale, kind, id } }) => {
  const atlas = await loadAtlas();
  const body = kind === 'guides' ? await guideBody(locale, id) : undefined;
  const entries: readonly Entry<unknown, unknown>[] = atlas[kind];
  return Response.json(buildApiItem(import.meta.env.BASE_URL, locale, kind, byId(entries, id), body));
};
