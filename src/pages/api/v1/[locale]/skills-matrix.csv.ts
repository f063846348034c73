/** `/api/v1/<locale>/skills-matrix.csv`: the skills matrix, one row per role × seniority × skill with the expected level and its descriptor (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { csvResponse, matrixCsv } from '../../../../data/matrix';
import { LOCALES, type Locale } from '../../../../schemas/constants';

export function getStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => csvResponse(await matrixCsv(locale, 'long'));
