/** `/api/v1/<locale>/<kind>.json`: every entry of one kind with its facts and its text in one locale. */
import type { APIRoute } from 'astro';
import { guideBody, loadAtlas } from '../../../../data/atlas';
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
  const bodies = new Map(kind === 'guides' ? await Promise.all(atlas.guides.map(async (g) => [g.id, await guideBody(locale, g.id)] as const)) : []);
  return Response.json(buildApiFile(import.meta.env.BASE_URL, locale, kind, atlas[kind], (id) => bodies.get(id)));
};
