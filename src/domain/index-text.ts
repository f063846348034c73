/**
 * Prepares a built page for the search index. Astro's JSX whitespace rules drop the whitespace between
 * elements, and Pagefind's text extraction starts a new word at paragraphs, list items and table data cells
 * but not at header cells, captions or definition-list terms: `<th>Junior</th><th>Mid</th>` reaches the index
 * as one word "JuniorMid", and `<dt>Team</dt><dd>Model</dd>` as "TeamModel". A space after the closing tag
 * of every element that is laid out as its own box keeps such words apart. The page itself is not changed:
 * only the copy handed to the indexer.
 */

/** Elements that the browser lays out as separate boxes (so a space after them changes nothing visible). */
const SEPARATE = ['th', 'td', 'tr', 'caption', 'dt', 'dd', 'li', 'summary', 'figcaption', 'legend', 'label', 'p', 'div', 'section', 'h[1-6]'];
const CLOSING = new RegExp(`</(?:${SEPARATE.join('|')})>(?=\\S)`, 'gi');

/** The page with a space after each closing tag of a separate box that is directly followed by more markup or text. */
export function separateBoxes(html: string): string {
  return html.replace(CLOSING, '$& ');
}
