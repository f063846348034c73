/** `/manifest.webmanifest`, `/ko/manifest.webmanifest`: the web app manifest per locale (installable, offline). */
import type { APIRoute } from 'astro';
import { ICON_SIZES } from '../../domain/preview';
import { localeFromParam, localeParams, url, useTranslations } from '../../i18n/index';

export const getStaticPaths = () => localeParams();

export const GET: APIRoute = ({ params }) => {
  const locale = localeFromParam(params.lang);
  const t = useTranslations(locale);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const manifest = {
    id: url(locale),
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.description'),
    lang: locale,
    start_url: url(locale),
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: ICON_SIZES.map((size) => ({ src: `${base}icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
