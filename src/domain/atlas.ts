/**
 * The joined knowledge base: facts plus prose per locale, sorted, with lookups. Pure: built from plain data.
 * Every lookup a page makes is O(1): the first call indexes a list (or the atlas) into maps, kept in a WeakMap
 * keyed by that list, so a build of N pages does N lookups, not N scans. Lists are never changed after loading.
 */
import type {
  Area, AreaText, Blueprint, BlueprintText, Guide, GuideText, Locale, Path, PathText, Role, RoleText, Skill,
  SkillText, Stage, StageText, Term, TermText, Rule, RuleText,
} from '../schemas/index';
import { memo } from './memo';

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
  rules: Entry<Rule, RuleText>[];
  guides: Entry<Guide, GuideText>[];
  terms: Entry<Term, TermText>[];
}


/** Appends `value` to the list at `key`, creating it. */
function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const idMaps = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Finds an entry by id or throws (the integrity check guarantees references resolve). O(1) after the first call. */
export function byId<E extends { id: string }>(list: readonly E[], id: string): E {
  const map = memo(idMaps, list, () => new Map(list.map((e) => [e.id, e]))) as Map<string, E>;
  const found = map.get(id);
  if (!found) throw new RangeError(`unknown id: ${id}`);
  return found;
}

type SkillEntry = Atlas['skills'][number];
type RoleEntry = Atlas['roles'][number];
type PathEntry = Atlas['paths'][number];
type StageEntry = Atlas['stages'][number];

/** Reverse references, computed once per atlas: what points at a given id. */
export interface AtlasLinks {
  /** Skills of each area id, sorted by skill id (the order of `atlas.skills`). */
  skillsOfArea: Map<string, SkillEntry[]>;
  /** Roles that expect each skill id, in role order. */
  rolesExpecting: Map<string, RoleEntry[]>;
  /** Career paths with a step at each role id. */
  pathsThrough: Map<string, PathEntry[]>;
  /** Life-cycle stages each role id owns. */
  stagesOwned: Map<string, StageEntry[]>;
  /** Life-cycle stages each role id contributes to. */
  stagesContributed: Map<string, StageEntry[]>;
}

const linkCache = new WeakMap<object, AtlasLinks>();

/** The reverse references of `atlas`, built on the first call in one pass over each list. */
export function links(atlas: Pick<Atlas, 'skills' | 'roles' | 'paths' | 'stages'>): AtlasLinks {
  return memo(linkCache, atlas, () => {
    const result: AtlasLinks = {
      skillsOfArea: new Map(), rolesExpecting: new Map(), pathsThrough: new Map(), stagesOwned: new Map(), stagesContributed: new Map(),
    };
    for (const skill of atlas.skills) push(result.skillsOfArea, skill.facts.area, skill);
    for (const role of atlas.roles) for (const skill of Object.keys(role.facts.expectations)) push(result.rolesExpecting, skill, role);
    for (const path of atlas.paths) {
      for (const role of new Set(path.facts.steps.flatMap((s) => (s.role ? [s.role] : [])))) push(result.pathsThrough, role, path);
    }
    for (const stage of atlas.stages) {
      push(result.stagesOwned, stage.facts.owner, stage);
      for (const role of stage.facts.contributors) push(result.stagesContributed, role, stage);
    }
    return result;
  });
}

const groupCache = new WeakMap<object, { areas: object; groups: { area: Atlas['areas'][number]; skills: SkillEntry[] }[] }>();

/** Skills grouped by area, in area order, each group sorted by skill id. Computed once per skill list. */
export function skillsByArea(atlas: Pick<Atlas, 'areas' | 'skills'>) {
  const cached = groupCache.get(atlas.skills);
  if (cached && cached.areas === atlas.areas) return cached.groups;
  const byArea = new Map<string, SkillEntry[]>();
  for (const skill of atlas.skills) push(byArea, skill.facts.area, skill);
  const groups = atlas.areas.map((area) => ({ area, skills: byArea.get(area.id) ?? [] }));
  groupCache.set(atlas.skills, { areas: atlas.areas, groups });
  return groups;
}

const positions = new WeakMap<object, Map<string, number>>();
const areaPairs = new WeakMap<object, { id: string; area: string }[]>();

/** `{ id, area }` of every skill, in display order (what `areaLevels` takes). Computed once per skill list. */
export function skillAreas(atlas: Pick<Atlas, 'skills'>): { id: string; area: string }[] {
  return memo(areaPairs, atlas.skills, () => atlas.skills.map((s) => ({ id: s.id, area: s.facts.area })));
}

/** The skills `ids` grouped by area (area order; display order inside), empty areas left out. Costs O(ids), not O(skills). */
export function groupSkills(atlas: Pick<Atlas, 'areas' | 'skills'>, ids: Iterable<string>) {
  const position = memo(positions, atlas.skills, () => new Map(atlas.skills.map((s, i) => [s.id, i])));
  const chosen = [...new Set(ids)].map((id) => byId(atlas.skills, id));
  chosen.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const byArea = new Map<string, SkillEntry[]>();
  for (const skill of chosen) push(byArea, skill.facts.area, skill);
  return atlas.areas.flatMap((area) => {
    const skills = byArea.get(area.id);
    return skills ? [{ area, skills }] : [];
  });
}

/** Sorts entries by a numeric `order` fact when present, else by id. */
export function sortEntries<E extends { id: string; facts: object }>(list: E[]): E[] {
  const order = (e: E) => ('order' in e.facts && typeof e.facts.order === 'number' ? e.facts.order : 0);
  return [...list].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}
