/**
 * Content collections. Every kind has two: `<kind>` holds the language-neutral facts
 * (`content/<kind>/<id>.yaml`), `<kind>Text` the prose per locale (`content/<kind>/<locale>/<id>.yaml|mdx`,
 * id `<locale>/<id>`). Schemas live in src/schemas; cross-references are checked by src/domain/integrity.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { KINDS } from './schemas/index';

const facts = <K extends keyof typeof KINDS>(kind: K) =>
  defineCollection({
    loader: glob({ base: `./content/${kind}`, pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: KINDS[kind].facts,
  });

const text = <K extends keyof typeof KINDS>(kind: K) =>
  defineCollection({
    loader: glob({
      base: `./content/${kind}`,
      pattern: `*/*.${KINDS[kind].textExt}`,
      generateId: ({ entry }) => entry.replace(/\.(yaml|mdx)$/, ''),
    }),
    schema: KINDS[kind].text,
  });

export const collections = {
  areas: facts('areas'),
  areasText: text('areas'),
  skills: facts('skills'),
  skillsText: text('skills'),
  roles: facts('roles'),
  rolesText: text('roles'),
  paths: facts('paths'),
  pathsText: text('paths'),
  blueprints: facts('blueprints'),
  blueprintsText: text('blueprints'),
  stages: facts('stages'),
  stagesText: text('stages'),
  rules: facts('rules'),
  rulesText: text('rules'),
  guides: facts('guides'),
  guidesText: text('guides'),
  terms: facts('terms'),
  termsText: text('terms'),
};
