/** Members' exported self-assessments, read with the self-assessment's own codec and turned into people to import. */
import { decodeAssessment, nameFromFileName } from '../assessment/codec';
import type { KnownIds } from './codec';
import { nameSchema } from './plan';
import type { NewPerson } from './state';

/** A member's name from the name of their exported file: extension and the tool's prefix removed. */
export function nameFromFile(fileName: string): string {
  const base = nameFromFileName(fileName).replace(/[<>]/g, '').trim();
  return nameSchema.safeParse(base).success ? base : 'member';
}

/**
 * A read member file: the person to import (with the ids of unknown skills dropped and the target role left
 * out when the atlas does not have it, for the page to say so), or why the file was refused.
 */
export type MemberFileResult =
  | { ok: true; person: NewPerson; dropped: string[]; unknownRole?: string }
  | ({ ok: false; file: string } & Exclude<ReturnType<typeof decodeAssessment>, { ok: true }>);

/** Reads a member's exported self-assessment (same format and checks as the self-assessment's import). */
export function readMemberFile(fileName: string, text: string, known: KnownIds): MemberFileResult {
  const result = decodeAssessment(text, known.skills);
  if (!result.ok) return { ...result, file: fileName };
  const target = result.assessment.target?.role ?? null;
  const role = target !== null && known.roles.has(target) ? target : null;
  const read = { ok: true as const, person: { name: nameFromFile(fileName), role, ratings: result.assessment.ratings }, dropped: result.dropped };
  return target !== null && role === null ? { ...read, unknownRole: target } : read;
}
