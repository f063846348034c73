/** `/title-index.json`: the job-title index (both locales) that the title lookup fetches on first use. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas';
import { buildTitleIndex } from '../domain/titles/title-index';

export const GET: APIRoute = async () => Response.json(buildTitleIndex((await loadAtlas()).roles));
