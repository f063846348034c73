/**
 * The position-fit island's candidate handling, loaded on first use (a saved list, or the first file
 * chosen): the validated store and the self-assessment codec stay off the page until then. Every decode
 * is a domain function (src/domain/fit); a refused file is named with its reason and changes nothing.
 */
import { readChosenFiles } from '../../client/files';
import { failureText, type FailureKeys } from '../../client/messages';
import { MAX_CANDIDATES, readCandidateFile, type CandidateFile } from '../../domain/fit/candidates';
import { FitSession, type FitOutcome } from '../../domain/fit/session';
import type { T } from './render';

/** Position fit's words for a refused candidate file (src/client/messages.ts). */
const FIT_FAILURES: FailureKeys = { tooLarge: 'fit.bad.tooLarge', notJson: 'fit.bad.notJson', notDocument: 'fit.bad.notAssessment', version: 'fit.bad.version' };

export { FitSession };

/** What the import needs from the island. */
export interface Host {
  session: FitSession;
  known: ReadonlySet<string>;
  t: T;
  maxBytes: number;
  say(message: string): void;
  report(outcome: FitOutcome, success: string, ...more: string[]): void;
  nameOf(id: string): string;
}

/** Opens the saved candidates (a corrupt list is kept aside and reported by the session's notices). */
export function openSession(known: ReadonlySet<string>): FitSession {
  return new FitSession(localStorage, known);
}

/** The message for a refused file: its name and why, in the island's language. */
export function refusal(file: Extract<CandidateFile, { ok: false }>, t: T): string {
  const reason = file.reason === 'unknown-skills'
    ? t('fit.bad.unknownSkills', { ids: file.dropped.join(', ') })
    : failureText(t, FIT_FAILURES, file, (field) => t('fit.bad.invalid', { field }));
  return t('fit.fileRefused', { file: file.file, reason });
}

/** Adds every good file chosen in `input`; each refused file is named with its reason, and nothing loaded before changes. */
export async function importFiles(host: Host, input: HTMLInputElement): Promise<void> {
  const { t } = host;
  const files = await readChosenFiles(input, host.maxBytes);
  if (files.length === 0) return;
  const count = host.session.list.candidates.length;
  const good: { name: string; assessment: Extract<CandidateFile, { ok: true }>['assessment'] }[] = [];
  const messages: string[] = [];
  const dropped = new Set<string>();
  for (const file of files) {
    const read: CandidateFile = 'tooLarge' in file
      ? { ok: false, file: file.name, reason: 'too-large', bytes: file.bytes }
      : readCandidateFile(file.name, file.text, host.known, t('fit.candidateN', { n: count + good.length + 1 }));
    if (!read.ok) messages.push(refusal(read, t));
    else {
      good.push({ name: read.name, assessment: read.assessment });
      read.dropped.forEach((d) => dropped.add(d));
    }
  }
  if (dropped.size > 0) messages.push(t('fit.dropped', { ids: [...dropped].sort().join(', ') }));
  if (good.length === 0) return host.say(messages.join(' '));
  const outcome = host.session.add(good);
  const tooMany = !outcome.ok && 'refused' in outcome && outcome.refused === 'too-many';
  const success = outcome.ok ? t('fit.added', { names: outcome.ids.map((id) => host.nameOf(id)).join(', ') }) : '';
  host.report(outcome, success, ...(tooMany ? [t('fit.tooMany', { max: MAX_CANDIDATES })] : []), ...messages);
}
