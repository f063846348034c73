/** Splits a Pagefind excerpt (escaped text with <mark> around matches) into plain text parts, for text nodes. */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Text parts of an excerpt, each flagged when it was inside <mark>. Any other tag is dropped as text. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else if (token) {
      const text = token.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!);
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
