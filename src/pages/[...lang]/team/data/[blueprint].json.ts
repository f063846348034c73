/**
 * `team/data/<blueprint>.json` (per locale, the same content): a blueprint as the planner's preset (its requirement
 * inputs and starting teams), fetched when the team lead loads it, so the planner page does not carry every blueprint.
 */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../../data/assess';
import { loadAtlas } from '../../../../data/atlas';
import { byId } from '../../../../domain/atlas';
import type { Preset } from '../../../../domain/team/state';
import { localeParams } from '../../../../i18n/index';

export async function getStaticPaths() {
  const { blueprints } = await loadAtlas();
  return localeParams().flatMap(({ params, props }) => blueprints.map((b) => ({ params: { ...params, blueprint: b.id }, props: { ...props, blueprint: b.id } })));
}

export const GET: APIRoute = async ({ props }) => {
  const { facts } = byId((await loadAtlas()).blueprints, (props as { blueprint: string }).blueprint);
  const preset: Preset = { id: (props as { blueprint: string }).blueprint, requirements: facts.requirements, teams: facts.teams };
  return jsonResponse(preset);
};
