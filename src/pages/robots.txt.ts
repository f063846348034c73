/** `/robots.txt`: everything may be crawled; names the sitemap when a site URL (ATLAS_SITE) is configured. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../domain/preview';

export const GET: APIRoute = () =>
  new Response(robotsTxt(import.meta.env.SITE, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
