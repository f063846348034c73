/**
 * Evidence behind a candidate's ratings (a note and links per skill), read defensively from a decoded
 * assessment. Notes are shown only as text; a link becomes an anchor only when it parses as http(s).
 */
import type { Assessment } from '../assessment/schema';

/** Evidence a candidate file may carry per skill (a note and links), read defensively. */
export type Evidence = Record<string, { note?: string; links: string[] }>;

/**
 * Per-skill evidence in an assessment (its optional `evidence` record of `{ note, links }` per skill id, as
 * the self-assessment saves it); anything else is ignored, and an assessment without evidence gives an empty record.
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

/** The address an evidence link may point to: the parsed URL when it is http or https, otherwise null (shown as text). */
export function evidenceHref(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
