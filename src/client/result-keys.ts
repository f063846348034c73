/** Arrow-key movement between a search field and its result links (search page and title lookup share it). */

/** ↓ from the field or a link moves to the next link, ↑ to the previous one (or back to the field), Escape returns to the field. */
export function moveThroughResults(e: KeyboardEvent, input: HTMLElement, links: readonly HTMLAnchorElement[]): void {
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' && (document.activeElement === input || at >= 0) && links.length) {
    e.preventDefault();
    links[Math.min(at + 1, links.length - 1)]!.focus();
  } else if (e.key === 'ArrowUp' && at >= 0) {
    e.preventDefault();
    (at === 0 ? input : links[at - 1]!).focus();
  } else if (e.key === 'Escape' && at >= 0) {
    input.focus();
  }
}
