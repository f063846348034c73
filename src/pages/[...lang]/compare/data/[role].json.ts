/** `compare/data/<role>.json` (per locale): what comparing one role needs (src/domain/compare-data.ts). */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../../data/assess';
import { compareRole, compareRoleIds } from '../../../../data/compare';
import { localeParams } from '../../../../i18n/index';
import type { Locale } from '../../../../schemas/constants';

export async function getStaticPaths() {
  const ids = await compareRoleIds();
  return localeParams().flatMap(({ params, props }) => ids.map((role) => ({ params: { ...params, role }, props: { ...props, role } })));
}

export const GET: APIRoute = async ({ props }) => {
  const { locale, role } = props as { locale: Locale; role: string };
  return jsonResponse(await compareRole(locale, role));
};
