/** Team plans as share links: the plan body as a compressed, versioned URL token (src/lib/url-state). */
import type { z } from 'zod/mini';
import { decodeUrlState, encodeUrlState, type UrlStateFormat } from '../../lib/url-state';
import { checkKnown, type KnownIds, type PlanDecodeResult } from './codec';
import { PLAN_FORMAT, PLAN_VERSION, planShareSchema, type Plan } from './plan';

/** A share link's payload. */
export type PlanShare = z.output<typeof planShareSchema>;

/** The share-link format (the URL token of src/lib; 64 kB of token at most). */
export const planShareFormat: UrlStateFormat<PlanShare> = { version: PLAN_VERSION, schema: planShareSchema, maxBytes: 64_000 };

/** Encodes a plan's body into a URL-safe share token. */
export async function encodePlanShare(plan: Plan): Promise<string> {
  const encoded = await encodeUrlState(planShareFormat, { v: PLAN_VERSION, preset: plan.preset, inputs: plan.inputs, teams: plan.teams });
  if (!encoded.ok) throw new RangeError(`share payload refused: ${encoded.reason}`);
  return encoded.token;
}

/** Decodes a share token into a plan. Never throws. */
export async function decodePlanShare(token: string, known: KnownIds, now: Date = new Date()): Promise<PlanDecodeResult> {
  const decoded = await decodeUrlState(planShareFormat, token);
  if (!decoded.ok) return decoded;
  const { preset, inputs, teams } = decoded.value;
  return checkKnown({ format: PLAN_FORMAT, version: PLAN_VERSION, preset, inputs, teams, updatedAt: now.toISOString() }, known);
}
