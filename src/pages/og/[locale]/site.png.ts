/** `/og/<locale>/site.png`: the link-preview image of every page without one of its own. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../i18n/index';
import { pngResponse, renderCard } from '../../../preview/card';
import { LOCALES, type Locale } from '../../../schemas/index';

export const getStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) => {
  const t = useTranslations(params.locale as Locale);
  return pngResponse(await renderCard({ label: t('site.tagline'), title: t('site.name'), description: t('site.description'), siteName: t('site.name') }));
};
