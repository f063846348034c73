/** The joined knowledge base: facts plus prose per locale, sorted, with lookups. Pure: built from plain data. */
import type {
  Area, AreaText, Blueprint, BlueprintText, Guide, GuideText, Locale, Path, PathText, Role, RoleText, Skill,
  SkillText, Stage, StageText, Term, TermText,
} from '../schemas/index';

/** One entry: its id, language-neutral facts and prose per locale. */
export interface Entry<F, T> {
  /** Kebab-case id (file name). */
  id: string;
  /** Language-neutral facts. */
  facts: F;
  /** Prose per locale. */
  text: Record<Locale, T>;
}

/** The whole knowledge base. Lists are sorted for display (areas, stages, guides by order; others by id). */
export interface Atlas {
  areas: Entry<Area, AreaText>[];
  skills: Entry<Skill, SkillText>[];
  roles: Entry<Role, RoleText>[];
  paths: Entry<Path, PathText>[];
  blueprints: Entry<Blueprint, BlueprintText>[];
  stages: Entry<Stage, StageText>[];
  guides: Entry<Guide, GuideText>[];
  terms: Entry<Term, TermText>[];
}

/** Finds an entry by id or throws (the integrity check guarantees references resolve). */
export function byId<E extends { id: string }>(list: readonly E[], id: string): E {
  const found = list.find((e) => e.id === id);
  if (!found) throw new RangeError(`unknown id: ${id}`);
  return found;
}

/** Skills grouped by area, in area order, each group sorted by skill id. */
export function skillsByArea(atlas: Pick<Atlas, 'areas' | 'skills'>) {
  return atlas.areas.map((area) => ({ area, skills: atlas.skills.filter((s) => s.facts.area === area.id) }));
}

/** Sorts entries by a numeric `order` fact when present, else by id. */
export function sortEntries<E extends { id: string; facts: object }>(list: E[]): E[] {
  const order = (e: E) => ('order' in e.facts && typeof e.facts.order === 'number' ? e.facts.order : 0);
  return [...list].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}
