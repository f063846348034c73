/** `/og/<locale>/<kind>/<id>.png`: the link-preview image of every role, skill, career path and blueprint. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../../data/atlas';
import { PREVIEW_KINDS, type PreviewKind } from '../../../../domain/preview';
import { useTranslations } from '../../../../i18n/index';
import { pngResponse, renderCard } from '../../../../preview/card';
import { LOCALES, type Locale } from '../../../../schemas/index';

/** Label key of each kind (the navigation's section names). */
const LABEL = { roles: 'nav.roles', skills: 'nav.skills', paths: 'nav.paths', blueprints: 'nav.blueprints' } as const;

export async function getStaticPaths() {
  const atlas = await loadAtlas();
  return LOCALES.flatMap((locale) =>
    PREVIEW_KINDS.flatMap((kind) => atlas[kind].map((entry) => {
      const text = entry.text[locale] as { name?: string; title?: string; summary?: string; description?: string };
      return {
        params: { locale, kind, id: entry.id },
        props: { title: text.name ?? text.title ?? entry.id, description: text.summary ?? text.description ?? '' },
      };
    })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const t = useTranslations(params.locale as Locale);
  const { title, description } = props as { title: string; description: string };
  return pngResponse(await renderCard({ label: t(LABEL[params.kind as PreviewKind]), title, description, siteName: t('site.name') }));
};
