/**
 * Link previews: which image stands for a page, and the Open Graph / Twitter card tags of a page. Pure: the
 * layout passes the base, the site (when configured) and the page's own URL path.
 */

/** Kinds of entry that get a preview image of their own; every other page uses its locale's site image. */
export const PREVIEW_KINDS = ['roles', 'skills', 'paths', 'blueprints'] as const;

/** A kind of entry with its own preview image. */
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

/** Open Graph locale names of the site's locales. */
const OG_LOCALE = { en: 'en_US', ko: 'ko_KR' } as const;

/** The path (under the base, no leading slash) of the preview image of an entry, or of a locale's site image. */
export function previewImageFile(locale: 'en' | 'ko', entry?: { kind: PreviewKind; id: string }): string {
  return entry ? `og/${locale}/${entry.kind}/${entry.id}.png` : `og/${locale}/site.png`;
}

/** The entry a page path shows (`/base/ko/roles/modeler/` → roles/modeler), or undefined for any other page. */
export function previewEntry(base: string, pathname: string): { kind: PreviewKind; id: string } | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = (pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '')).replace(/^ko(\/|$)/, '');
  const match = /^([a-z]+)\/([^/]+)\/$/.exec(rest);
  const kind = PREVIEW_KINDS.find((k) => k === match?.[1]);
  return kind && match?.[2] !== 'page' ? { kind, id: match![2]! } : undefined;
}

/** What the layout knows about a page. */
export interface PreviewPage {
  /** The configured base path, e.g. `/` or `/atlas/`. */
  base: string;
  /** The public origin when ATLAS_SITE is set (absolute URLs), otherwise undefined. */
  site: string | undefined;
  /** The page's URL path, base included. */
  pathname: string;
  locale: 'en' | 'ko';
  /** Whether the page exists in the other locale (adds og:locale:alternate). */
  translated: boolean;
  /** The page title as shown in the tab (site name included). */
  title: string;
  description: string;
  /** The site name in this locale. */
  siteName: string;
}

/** One `<meta>` tag: `property` for Open Graph, `name` for Twitter. */
export interface MetaTag {
  /** Either `property` (og:…) or `name` (twitter:…). */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** The canonical URL of a page: absolute when a site is configured, otherwise undefined (no canonical link). */
export function canonicalUrl(site: string | undefined, pathname: string): string | undefined {
  return site ? new URL(pathname, site).href : undefined;
}

/** The Open Graph and Twitter card tags of a page; URLs are absolute when a site is configured. */
export function previewTags(page: PreviewPage): MetaTag[] {
  const root = page.base.endsWith('/') ? page.base : `${page.base}/`;
  const imagePath = `${root}${previewImageFile(page.locale, previewEntry(page.base, page.pathname))}`;
  const image = page.site ? new URL(imagePath, page.site).href : imagePath;
  const other = page.locale === 'en' ? 'ko' : 'en';
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  const url = canonicalUrl(page.site, page.pathname);
  return [
    og('type', 'website'),
    og('site_name', page.siteName),
    og('title', page.title),
    og('description', page.description),
    ...(url ? [og('url', url)] : []),
    og('locale', OG_LOCALE[page.locale]),
    ...(page.translated ? [og('locale:alternate', OG_LOCALE[other])] : []),
    og('image', image),
    og('image:width', '1200'),
    og('image:height', '630'),
    og('image:alt', page.title),
    tw('card', 'summary_large_image'),
    tw('title', page.title),
    tw('description', page.description),
    tw('image', image),
  ];
}

/** `text` cut to at most `max` characters at a word boundary when there is one, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const cut = [...flat].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:·]+$/, '')}…`;
}

/** Sizes of the PNG site icon in the web app manifest (the two that browsers require to offer installing). */
export const ICON_SIZES = [192, 512] as const;

/** The text of robots.txt: allow everything; name the sitemap index (`<base>sitemap-index.xml`) when there is a site. */
export function robotsTxt(site: string | undefined, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(`${root}sitemap-index.xml`, site).href}`);
  return `${lines.join('\n')}\n`;
}
