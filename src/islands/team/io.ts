/**
 * The planner's file and link actions, loaded on first use: export and import a plan file, import members'
 * self-assessment files (all or none), create a share link and open one. Every decode is a domain function
 * (src/domain/team); a refused input is reported through the host and changes nothing.
 */
import { downloadText, fileDate, readChosenFiles } from '../../client/files';
import { linkWithHash, offerLink } from '../../client/hash';
import { MAX_BYTES } from '../../domain/assessment/schema';
import { encodePlan, type KnownIds } from '../../domain/team/codec';
import { readMemberFile } from '../../domain/team/member-file';
import { PLAN_MAX_BYTES } from '../../domain/team/plan';
import type { PlanOutcome, PlanSession } from '../../domain/team/session';
import { decodePlanShare, encodePlanShare } from '../../domain/team/share';
import { importPeople, type NewPerson } from '../../domain/team/state';
import { failureText } from './messages';
import type { Model, T } from './render';

/** What the actions need from the planner element. */
export interface Host {
  session: PlanSession;
  known: KnownIds;
  model: Model;
  t: T;
  dataset: DOMStringMap;
  say(message: string): void;
  report(outcome: PlanOutcome, success?: string): boolean;
  leaveShared(): void;
  $<E extends Element = HTMLElement>(id: string): E;
}

/** Downloads the plan as a JSON file. */
export function exportPlan(host: Host): void {
  const encoded = encodePlan(host.session.plan);
  if (encoded.ok) downloadText(`ai-team-atlas-team-plan-${fileDate()}.json`, encoded.text);
  else host.say(failureText(host.t, host.model, encoded));
}

/** Replaces the draft with a chosen plan file (the old draft is kept as a copy). */
export async function importPlan(host: Host, input: HTMLInputElement): Promise<void> {
  const [file] = await readChosenFiles(input, PLAN_MAX_BYTES);
  if (!file) return;
  if ('tooLarge' in file) return host.say(host.t('plan.bad.tooLarge'));
  const outcome = host.session.importText(file.text);
  if (outcome.ok) host.$('tp-shared').hidden = true;
  host.report(outcome, host.t('plan.imported'));
  if (!outcome.ok && 'bad' in outcome) host.say(failureText(host.t, host.model, outcome.bad));
}

/** Imports the chosen members' files into the chosen team: all of them, or none when one is refused. */
export async function importMembers(host: Host, input: HTMLInputElement): Promise<void> {
  const files = await readChosenFiles(input, MAX_BYTES);
  if (files.length === 0) return;
  const teamId = host.$<HTMLSelectElement>('tp-import-team').value;
  const people: NewPerson[] = [];
  const problems: string[] = [];
  const dropped = new Set<string>();
  const notes: string[] = [];
  for (const file of files) {
    if ('tooLarge' in file) {
      problems.push(host.t('plan.memberFileBad', { file: file.name, reason: host.t('plan.bad.tooLarge') }));
      continue;
    }
    const result = readMemberFile(file.name, file.text, host.known);
    if (result.ok) {
      people.push(result.person);
      result.dropped.forEach((d) => dropped.add(d));
      if (result.unknownRole !== undefined) notes.push(host.t('plan.memberRoleUnknown', { file: file.name, role: result.unknownRole }));
    } else {
      problems.push(host.t('plan.memberFileBad', { file: result.file, reason: failureText(host.t, host.model, result, true) }));
    }
  }
  if (problems.length > 0) return host.say(`${problems.join(' ')} ${host.t('plan.nothingImported')}`);
  const outcome = host.session.change((plan, now) => importPeople(plan, teamId, people, host.known.roles, now).plan);
  const imported = [host.t('plan.membersImported', { n: people.length }), ...notes].join(' ');
  host.report(outcome.ok && dropped.size > 0 ? { ...outcome, dropped: [...dropped].sort() } : outcome, imported);
}

/** Creates a share link of the plan, shows it and copies it when the browser allows. */
export async function share(host: Host): Promise<void> {
  const link = linkWithHash(host.dataset.page ?? location.pathname, { p: await encodePlanShare(host.session.plan) });
  host.say(host.t((await offerLink(host.$<HTMLInputElement>('tp-share-url'), link)) ? 'plan.shareCopied' : 'plan.shareCreated'));
}

/** Shows the plan of a share token without saving it; a bad token is reported and the draft stays. */
export async function openShared(host: Host, token: string): Promise<void> {
  const outcome = host.session.openShared(await decodePlanShare(token, host.known));
  if (!outcome.ok && 'bad' in outcome) {
    // Nothing changed: the plan on screen is the draft, or a shared plan opened before (still not saved).
    return host.say(host.t(host.session.viewingShared ? 'plan.sharedBadUnchanged' : 'plan.sharedBad', { reason: failureText(host.t, host.model, outcome.bad) }));
  }
  host.$('tp-shared').hidden = !host.session.viewingShared;
  host.report(outcome, host.t('plan.sharedOpened'));
}
