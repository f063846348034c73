/**
 * What every tool page says about the shared storage and document format: a saved document that could not be
 * loaded as it was (src/lib/store.ts) and a file or link that was refused (src/lib/document.ts). Each island keeps
 * its own message keys (its page's wording) and hands them in; which case gets which message is decided here once.
 */
import type { DocumentFailure } from '../lib/document';
import type { LoadNotice } from '../lib/store';

/** An island's string lookup. */
type T = (key: string, vars?: Record<string, string | number>) => string;

/** A load notice in the island's words: its keys `<prefix>.corrupt`, `.migrated`, `.dropped` and `.unavailable`. */
export function noticeText(t: T, prefix: string, n: LoadNotice): string {
  switch (n.kind) {
    case 'corrupt': return t(`${prefix}.corrupt`, { key: n.backupKey });
    case 'migrated': return t(`${prefix}.migrated`, { from: n.from, key: n.backupKey });
    case 'dropped': return t(`${prefix}.dropped`, { ids: n.ids.join(', ') });
    case 'unavailable': return t(`${prefix}.unavailable`);
  }
}

/** The island's message keys for the reasons a document is refused (`version` gets `{version}`). */
export interface FailureKeys {
  tooLarge: string;
  notJson: string;
  notDocument: string;
  version: string;
}

/**
 * Why a file or link was refused, in the island's words. `invalid(field)` words a value the format does not
 * accept (the wording depends on the document: a path inside a plan, a rating …); the format's own English
 * message never reaches the page.
 */
export function failureText(t: T, keys: FailureKeys, f: DocumentFailure | { reason: 'malformed' }, invalid: (field: string) => string): string {
  switch (f.reason) {
    case 'too-large': return t(keys.tooLarge);
    case 'not-json': return t(keys.notJson);
    case 'wrong-format': case 'malformed': return t(keys.notDocument);
    case 'unsupported-version': return t(keys.version, { version: String(f.version) });
    case 'invalid': return invalid(f.field);
  }
}
