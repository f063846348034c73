/**
 * Evidence behind a candidate's ratings (a note and links per skill), for the day the self-assessment format
 * carries it: read defensively from a decoded assessment, shown only as text, never as HTML or as a link.
 */
import type { Assessment } from '../assessment/schema';

/** Evidence a candidate file may carry per skill (a note and links), read defensively; shown only as text. */
export type Evidence = Record<string, { note?: string; links: string[] }>;

/**
 * Per-skill evidence in an assessment, if its format carries any (an `evidence` record of `{ note, links }`
 * per skill id); anything else is ignored. Today's format has none, so this returns an empty record.
 */
export function evidenceOf(assessment: Assessment): Evidence {
  const raw = (assessment as { evidence?: unknown }).evidence;
  if (!raw || typeof raw !== 'object') return {};
  const out: Evidence = {};
  for (const [skill, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const { note, links } = value as { note?: unknown; links?: unknown };
    const linkList = Array.isArray(links) ? links.map((l) => (typeof l === 'string' ? l : typeof l?.url === 'string' ? (l.url as string) : '')).filter(Boolean) : [];
    if (typeof note === 'string' || linkList.length > 0) out[skill] = { ...(typeof note === 'string' ? { note } : {}), links: linkList };
  }
  return out;
}
