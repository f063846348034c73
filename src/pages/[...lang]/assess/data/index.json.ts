/** `assess/data/index.json` (per locale): areas, skills, chunk sizes and roles for the self-assessment island. */
import type { APIRoute } from 'astro';
import { assessIndex, jsonResponse } from '../../../../data/assess';
import { localeParams } from '../../../../i18n/index';
import type { Locale } from '../../../../schemas/constants';

export const getStaticPaths = () => localeParams();

export const GET: APIRoute = async ({ props }) => jsonResponse(await assessIndex((props as { locale: Locale }).locale));
