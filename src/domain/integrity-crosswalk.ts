/**
 * Integrity rules of the cross-walk to ESCO, DDaT and SFIA (the part of the content check that schemas cannot
 * express); called by checkContent in ./integrity.
 */
import type { RoleCrosswalk, SfiaSkill } from '../schemas/index';
import type { Problem, RawEntry, RawText } from './integrity';

const show = (value: string) => JSON.stringify(value);

const FRAMEWORKS = { esco: 'ESCO occupation', ddat: 'DDaT role' } as const;

/**
 * The cross-walk: a note on a framework link needs that link in the facts, and one external code means one
 * thing everywhere — an SFIA code has one name, an ESCO URI one code and title (and an ESCO code one URI),
 * a DDaT page one role name — so a typo in a copied code cannot pass as a second mapping.
 */
export function checkCrosswalk(
  roles: { entry: RawEntry; data: { crosswalk?: RoleCrosswalk | undefined } }[],
  roleTexts: { entry: RawText; data: { crosswalkNotes: { [K in keyof typeof FRAMEWORKS]?: string | undefined } } }[],
  skills: { entry: RawEntry; data: { sfia?: SfiaSkill | undefined } }[],
  problems: Problem[],
) {
  const factsOf = new Map(roles.map((r) => [r.entry.id, r]));
  for (const { entry, data } of roleTexts) {
    const facts = factsOf.get(entry.id);
    if (!facts) continue;
    for (const key of Object.keys(data.crosswalkNotes) as (keyof typeof FRAMEWORKS)[]) {
      if (!facts.data.crosswalk?.[key]) {
        problems.push({
          file: entry.file,
          field: `crosswalkNotes.${key}`,
          message: `a note on the nearest ${FRAMEWORKS[key]} needs the link itself: add crosswalk.${key} to ${facts.entry.file}, or remove the note`,
        });
      }
    }
  }
  const sfia = skills.flatMap(({ entry, data }) => (data.sfia ? [{ file: entry.file, link: data.sfia }] : []));
  sameEverywhere(sfia, 'sfia', (l) => l.code, (l) => l.name, 'SFIA code', 'name', problems);
  const esco = roles.flatMap(({ entry, data }) => (data.crosswalk?.esco ? [{ file: entry.file, link: data.crosswalk.esco }] : []));
  sameEverywhere(esco, 'crosswalk.esco', (l) => l.uri, (l) => `${l.code} ${l.title}`, 'ESCO URI', 'code and title', problems);
  sameEverywhere(esco, 'crosswalk.esco', (l) => l.code, (l) => l.uri, 'ESCO code', 'URI', problems);
  const ddat = roles.flatMap(({ entry, data }) => (data.crosswalk?.ddat ? [{ file: entry.file, link: data.crosswalk.ddat }] : []));
  sameEverywhere(ddat, 'crosswalk.ddat', (l) => l.url, (l) => l.role, 'DDaT page', 'role name', problems);
}

/** Reports every link whose `key` was seen before with a different `value`, naming the first file that used it. */
function sameEverywhere<L>(
  links: { file: string; link: L }[],
  field: string,
  key: (link: L) => string,
  value: (link: L) => string,
  keyName: string,
  valueName: string,
  problems: Problem[],
) {
  const first = new Map<string, { file: string; value: string }>();
  for (const { file, link } of links) {
    const seen = first.get(key(link));
    if (!seen) first.set(key(link), { file, value: value(link) });
    else if (seen.value !== value(link)) {
      problems.push({
        file,
        field,
        value: show(value(link)),
        message: `${keyName} ${key(link)} is given the ${valueName} ${show(seen.value)} in ${seen.file}; one ${keyName} has one ${valueName}, as the framework publishes it`,
      });
    }
  }
}
