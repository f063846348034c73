/** `assess/data/<n>.json` (per locale): one chunk of the self-assessment form (src/domain/assessment/chunks.ts). */
import type { APIRoute } from 'astro';
import { assessChunk, chunkCount, jsonResponse } from '../../../../data/assess';
import { localeParams } from '../../../../i18n/index';
import type { Locale } from '../../../../schemas/constants';

export async function getStaticPaths() {
  const count = await chunkCount();
  return localeParams().flatMap(({ params, props }) =>
    Array.from({ length: count }, (_, n) => ({ params: { ...params, chunk: String(n) }, props: { ...props, n } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { locale, n } = props as { locale: Locale; n: number };
  return jsonResponse(await assessChunk(locale, n));
};
