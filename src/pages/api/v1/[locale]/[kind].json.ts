/** `/api/v1/<locale>/<kind>.json`: every entry of one kind as a summary (id, title, summary, URL of its entry file). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../../data/atlas';
import { buildApiFile } from '../../../../domain/open-data';
import { KIND_NAMES, LOCALES, type Kind, type Locale } from '../../../../schemas/index';

interface Props {
  locale: Locale;
  kind: Kind;
}

export function getStaticPaths() {
  return LOCALES.flatMap((locale) => KIND_NAMES.map((kind) => ({ params: { locale, kind }, props: { locale, kind } })));
}

export const GET: APIRoute<Props> = async ({ props: { locale, kind } }) => {
  const atlas = await loadAtlas();
  return Response.json(buildApiFile(import.meta.env.BASE_URL, locale, kind, atlas[kind]));
};
