/**
 * The cross-walk: where a role or a skill sits in the public frameworks HR tools already use — the European
 * ESCO classification (occupations), the UK government's digital and data capability framework (DDaT roles)
 * and SFIA 9 (skills). Each link is the nearest entry, never an equivalence: `match` says how near. Every code
 * here was checked against the published framework; an entry without a defensible match has no link at all.
 */
import { z } from 'astro/zod';

/** How near the other framework's entry is: `close` covers essentially the same work, `broad` overlaps in its core but is wider or centred elsewhere. */
export const MATCHES = ['close', 'broad'] as const;
/** How near a cross-walk link is. */
export type Match = (typeof MATCHES)[number];

const matchSchema = z
  .enum(MATCHES, { error: `a match is one of: ${MATCHES.join(', ')} (close: essentially the same work; broad: overlapping core, wider or centred elsewhere)` })
  .describe('How near the other entry is: close (essentially the same work) or broad (overlapping core, wider or centred elsewhere). Never an equivalence.');

/** The ESCO release the occupation links were checked against. */
export const ESCO_VERSION = 'v1.2';
/** An ESCO occupation concept URI: `http://data.europa.eu/esco/occupation/<uuid>`. */
export const ESCO_OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** An ESCO occupation code: the four-digit ISCO-08 unit group, then one or more dot-separated numbers (`2511.4`). */
export const ESCO_OCCUPATION_CODE = /^[0-9]{4}(?:\.[0-9]+)+$/;

/** The nearest ESCO occupation of a role. */
export const escoOccupationSchema = z
  .object({
    /** ESCO occupation code (ISCO-08 unit group plus ESCO's own numbers), e.g. `2511.4`. */
    code: z
      .string()
      .regex(ESCO_OCCUPATION_CODE, 'an ESCO occupation code is the four-digit ISCO-08 group and dot-separated numbers, e.g. 2511.4')
      .describe(`ESCO ${ESCO_VERSION} occupation code: the four-digit ISCO-08 unit group, then ESCO's own dot-separated numbers.`),
    /** Concept URI of the occupation; it resolves to the occupation's page in the ESCO portal. */
    uri: z
      .string()
      .regex(ESCO_OCCUPATION_URI, 'an ESCO occupation URI is http://data.europa.eu/esco/occupation/ followed by the lower-case UUID of the concept')
      .describe('Concept URI of the ESCO occupation (http://data.europa.eu/esco/occupation/<uuid>).'),
    /** The occupation's preferred label in English, exactly as ESCO publishes it. */
    title: z.string().trim().min(1, 'give the preferred English label of the occupation, as ESCO publishes it').describe('Preferred English label of the occupation, as ESCO publishes it.'),
    match: matchSchema,
  })
  .strict();

/** Pages of the UK government's digital and data capability framework (formerly GOV.UK guidance pages). */
export const DDAT_URL = /^https:\/\/(?:ddat-capability-framework\.service\.gov\.uk\/|www\.gov\.uk\/guidance\/)[a-z0-9-]+(?:\/[a-z0-9-]+)?(?:\.html)?$/;

/** The nearest role of the UK government digital and data profession capability framework (DDaT). */
export const ddatRoleSchema = z
  .object({
    /** The role's name in the framework, exactly as published. */
    role: z.string().trim().min(1, 'give the name of the role exactly as the framework publishes it').describe('Name of the role in the framework, as published.'),
    /** The role's page in the framework. */
    url: z
      .string()
      .regex(DDAT_URL, 'a DDaT role URL is a page on https://ddat-capability-framework.service.gov.uk/ (or its earlier home, https://www.gov.uk/guidance/)')
      .describe('The role page in the UK government digital and data capability framework.'),
    match: matchSchema,
  })
  .strict();

/** The nearest ESCO occupation and DDaT role of a role; either may be missing when nothing is near enough. */
export const roleCrosswalkSchema = z
  .object({
    esco: escoOccupationSchema.optional().describe(`Nearest occupation in ESCO ${ESCO_VERSION}, when one is defensible.`),
    ddat: ddatRoleSchema.optional().describe('Nearest role in the UK government digital and data capability framework, when one is defensible.'),
  })
  .strict();

/** The SFIA release the skill codes were checked against. */
export const SFIA_VERSION = 9;
/** A SFIA skill code: four capital letters. */
export const SFIA_CODE = /^[A-Z]{4}$/;

/** The nearest SFIA skill of a skill. */
export const sfiaSkillSchema = z
  .object({
    /** The four-letter SFIA skill code, e.g. `MLNG`. */
    code: z
      .string()
      .regex(SFIA_CODE, 'a SFIA skill code is four capital letters, e.g. MLNG')
      .describe(`SFIA ${SFIA_VERSION} skill code (four capital letters); its page is https://sfia-online.org/en/skillcode/${SFIA_VERSION}/<code>.`),
    /** The skill's name, exactly as SFIA publishes it. */
    name: z.string().trim().min(1, 'give the name of the SFIA skill exactly as SFIA publishes it').describe('Name of the SFIA skill, as published.'),
    match: matchSchema,
  })
  .strict();

/** The page of a SFIA 9 skill on the SFIA Foundation's site. */
export function sfiaSkillUrl(code: string): string {
  if (!SFIA_CODE.test(code)) throw new RangeError(`invalid SFIA code: ${code}`);
  return `https://sfia-online.org/en/skillcode/${SFIA_VERSION}/${code}`;
}

/** A role's cross-walk after validation. */
export type RoleCrosswalk = z.output<typeof roleCrosswalkSchema>;
/** A skill's SFIA link after validation. */
export type SfiaSkill = z.output<typeof sfiaSkillSchema>;
