import { z } from 'astro/zod';
import { CITE_MESSAGE, TEAMS, citesSomething, idSchema, levelSchema, provenanceSchema, textSchema } from './common';
import { roleCrosswalkSchema } from './crosswalk';

/** Expected levels of one skill at junior, mid, senior and lead, in that order. */
export const expectationSchema = z.tuple([levelSchema, levelSchema, levelSchema, levelSchema], {
  error: 'expected four levels: [junior, mid, senior, lead], each 0–5',
});

/** Language-neutral facts of a role: `content/roles/<id>.yaml`. */
export const roleSchema = provenanceSchema
  .extend({
    /** The team the role usually sits in. */
    team: z.enum(TEAMS, { error: `a team is one of: ${TEAMS.join(', ')}` }),
    /** Roles (ids) this role works with day to day. */
    collaborators: z.array(idSchema).default([]),
    /** Roles (ids) this role commonly leads to. */
    next: z.array(idSchema).default([]),
    /** Expected level per skill id: `[junior, mid, senior, lead]`. Skills not listed are expected at 0. */
    expectations: z.record(idSchema, expectationSchema),
    /** Glossary terms (ids) the role's text uses. */
    terms: z.array(idSchema).default([]),
    /**
     * The nearest ESCO occupation and UK government DDaT role, each only where a match is defensible and its code
     * was checked against the published framework. Nearest, not equivalent: `match` says how near.
     */
    crosswalk: roleCrosswalkSchema.optional(),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a role: `content/roles/<locale>/<id>.yaml`. */
export const roleTextSchema = z.object({
  /** Name of the role. */
  name: textSchema,
  /** One sentence: what the role is for. */
  summary: textSchema,
  /** The mission of the role in a short paragraph. */
  mission: textSchema,
  /** What the role receives to start its work. */
  input: textSchema,
  /** What the role hands over. */
  output: textSchema,
  /** What the role does. */
  responsibilities: z.array(textSchema).min(1),
  /** Concrete artefacts the role produces. */
  deliverables: z.array(textSchema).min(1),
  /**
   * What the four seniority columns of the expectations mean when they are not junior to lead: for a manager
   * role, which has no junior, they are steps of management (shown with the expectations table).
   */
  columnsNote: textSchema.optional(),
  /** Job-posting titles that usually mean this role, in this language. */
  aliases: z.array(textSchema).min(1),
  /**
   * How to tell this role from another one that posts under the same title, keyed by the alias exactly as
   * listed in `aliases`. Required for every title another role also lists in this language (integrity check).
   */
  titleNotes: z.record(textSchema, textSchema).default({}),
  /**
   * What differs between this role and its nearest ESCO occupation or DDaT role, keyed by framework (`esco`, `ddat`).
   * A note needs the link in the facts file (integrity check).
   */
  crosswalkNotes: z
    .object({
      /** How the ESCO occupation differs from this role. */
      esco: textSchema.optional(),
      /** How the DDaT role differs from this role. */
      ddat: textSchema.optional(),
    })
    .strict()
    .default({}),
  /** How the role differs by company type. */
  companyTypes: z.object({
    /** In a company that uses AI to do an existing business better. */
    aiForX: textSchema,
    /** In a company whose product is the AI. */
    aiCentric: textSchema,
  }),
});

/** Role facts after validation. */
export type Role = z.output<typeof roleSchema>;
/** Role prose after validation. */
export type RoleText = z.output<typeof roleTextSchema>;
