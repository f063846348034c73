/**
 * The self-assessment format: one zod schema (zod/mini, small enough for the client island) for
 * localStorage, exported files and share links, and the source of the published JSON Schema.
 *
 * Versions:
 * - v1 (first prototype): `{ version: 1, levels: {skill: level}, role?, seniority?, savedAt }`.
 * - v2 (current): adds the format tag, a target position, the anchoring option and snapshots. Later
 *   additions are optional fields, so every v2 file ever written still reads: `mode` (quick or full
 *   form), `evidence` (a note and up to three links per rated skill) and `name` (put on the downloaded radar,
 *   and used by position fit to name a candidate).
 * Every earlier version is migrated by `migrate` in codec.ts; the migration is tested with fixtures.
 * Free text (snapshot labels, evidence notes) is only ever shown as text, so any characters are allowed; only
 * its length is limited. The name is also only shown as text, and refuses control and bidirectional-override
 * characters as well, since it is written into file titles and other people's candidate lists. Every write is validated by this schema (src/lib/store.ts), so what is saved loads.
 */
import * as z from 'zod/mini';
import { SENIORITIES } from '../../schemas/constants';
import { timestamp } from '../../lib/document';

/** Tag that marks a JSON document as an AI Team Atlas assessment. */
export const ASSESSMENT_FORMAT = 'ai-team-atlas/assessment';
/** Current version of the format. */
export const ASSESSMENT_VERSION = 2;
/** Largest file or link payload accepted, in bytes (1 MB). */
export const MAX_BYTES = 1_000_000;


/** A kebab-case id: skill or role. */
const id = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
/** A level 0–5. */
const level = z.int().check(z.gte(0), z.lte(5));
/** Longest snapshot label, in UTF-16 code units (what `String.length` counts). */
export const MAX_LABEL = 80;
/** Most snapshots kept in one assessment. */
export const MAX_SNAPSHOTS = 100;
/** Short free text the user typed; shown only as text, never parsed as HTML. */
const label = z.string().check(z.maxLength(MAX_LABEL));
/** Longest name, in UTF-16 code units. */
export const MAX_NAME = 80;
/** The person's name: 1–80 characters, no control or bidirectional-override characters. Shown only as text. */
export const nameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_NAME),
  z.regex(/^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u, 'a name has no control characters'),
);
/** Level per skill id. */
export const ratingsSchema = z.record(id, level);

/** Longest evidence note, in UTF-16 code units. */
export const MAX_NOTE = 500;
/** Most evidence links per skill. */
export const MAX_LINKS = 3;
/** An evidence link: http(s) only, so it can never be a script URL. */
const link = z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[^\s<>"'`]+$/i, 'a link starts with http:// or https:// and has no spaces'));
/** The evidence behind one rating: what the person did, and where it can be seen. */
export const evidenceSchema = z.strictObject({
  /** A short note, e.g. "reproduced the paper's Table 2 within 0.3 points". Shown only as text. */
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE))),
  /** Up to three links (a repository, a paper reproduction, a demo). */
  links: z.optional(z.array(link).check(z.maxLength(MAX_LINKS))),
});
/** Evidence per skill id. */
export const evidenceMapSchema = z.record(id, evidenceSchema);

/** A saved point in time, to see growth. */
export const snapshotSchema = z.strictObject({
  /** When it was taken (ISO 8601). */
  at: timestamp(),
  /** Optional name, e.g. "end of bootcamp". */
  label: z.optional(label),
  /** Ratings at that time. */
  ratings: ratingsSchema,
  /** Evidence at that time, so replaced or cleared evidence can be restored. */
  evidence: z.optional(evidenceMapSchema),
});

/** The target position the profile is compared with. */
export const targetSchema = z.strictObject({ role: id, seniority: z.enum(SENIORITIES) });

/** A self-assessment, version 2. */
export const assessmentSchema = z.strictObject({
  /** Always `ai-team-atlas/assessment`. */
  format: z.literal(ASSESSMENT_FORMAT),
  /** Always 2. */
  version: z.literal(ASSESSMENT_VERSION),
  /** Level per skill id; a skill not listed is not rated yet. */
  ratings: ratingsSchema,
  /** Role and seniority to compare with, or null. */
  target: z.nullable(targetSchema),
  /** Whether role expectations are hidden while rating (to avoid anchoring). */
  hideExpectations: z.boolean(),
  /** Saved snapshots, oldest first (at most MAX_SNAPSHOTS). */
  snapshots: z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS)),
  /** Last change (ISO 8601). */
  updatedAt: timestamp(),
  /** Which form the person uses: only the skills the target expects (quick) or every skill (full). */
  mode: z.optional(z.enum(['quick', 'full'])),
  /** Evidence behind ratings, per skill id. */
  evidence: z.optional(evidenceMapSchema),
  /** The person's name, put on the downloaded radar; absent when not given. */
  name: z.optional(nameSchema),
});

/** Version 1, the first prototype's format; read only to migrate it. */
export const assessmentV1Schema = z.strictObject({
  version: z.literal(1),
  levels: ratingsSchema,
  role: z.optional(id),
  seniority: z.optional(z.enum(SENIORITIES)),
  savedAt: timestamp(),
});

/** The compact payload of a share link: ratings, target, evidence and name, never snapshots. */
export const sharePayloadSchema = z.strictObject({
  v: z.literal(ASSESSMENT_VERSION),
  r: ratingsSchema,
  t: z.optional(z.tuple([id, z.enum(SENIORITIES)])),
  e: z.optional(evidenceMapSchema),
  n: z.optional(nameSchema),
});

/** A validated assessment. */
export type Assessment = z.output<typeof assessmentSchema>;
/** Level per skill id. */
export type Ratings = z.output<typeof ratingsSchema>;
/** A target position. */
export type Target = z.output<typeof targetSchema>;
/** Evidence behind one rating. */
export type Evidence = z.output<typeof evidenceSchema>;
