import type { z } from 'astro/zod';
import { areaSchema, areaTextSchema } from './area';
import { blueprintSchema, blueprintTextSchema } from './blueprint';
import { guideSchema, guideTextSchema } from './guide';
import { pathSchema, pathTextSchema } from './path';
import { roleSchema, roleTextSchema } from './role';
import { ruleSchema, ruleTextSchema } from './rule';
import { skillSchema, skillTextSchema } from './skill';
import { stageSchema, stageTextSchema } from './stage';
import { termSchema, termTextSchema } from './term';

/** Every kind of content entry: its facts schema, its prose schema and the prose file extension. */
export const KINDS = {
  areas: { facts: areaSchema, text: areaTextSchema, textExt: 'yaml' },
  skills: { facts: skillSchema, text: skillTextSchema, textExt: 'yaml' },
  roles: { facts: roleSchema, text: roleTextSchema, textExt: 'yaml' },
  paths: { facts: pathSchema, text: pathTextSchema, textExt: 'yaml' },
  blueprints: { facts: blueprintSchema, text: blueprintTextSchema, textExt: 'yaml' },
  stages: { facts: stageSchema, text: stageTextSchema, textExt: 'yaml' },
  rules: { facts: ruleSchema, text: ruleTextSchema, textExt: 'yaml' },
  guides: { facts: guideSchema, text: guideTextSchema, textExt: 'mdx' },
  terms: { facts: termSchema, text: termTextSchema, textExt: 'yaml' },
} as const satisfies Record<string, { facts: z.ZodType; text: z.ZodType; textExt: 'yaml' | 'mdx' }>;

/** A kind of content entry. */
export type Kind = keyof typeof KINDS;
/** All kinds, in the order pages list them. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

export * from './common';
export * from './crosswalk';
export * from './area';
export * from './skill';
export * from './role';
export * from './path';
export * from './blueprint';
export * from './guide';
export * from './term';
export * from './stage';
export * from './requirements';
export * from './rule';
