/** A polite live region that tools speak through: one message at a time, repeated messages re-announced. */

/** Returns a function that announces `message` in `region` (a `role="status"` element). Empty text is ignored. */
export function announcer(region: HTMLElement): (message: string) => void {
  return (message: string) => {
    if (!message) return;
    // A message identical to the one shown would not be read again: change it invisibly.
    region.textContent = region.textContent === message ? `${message}\u00a0` : message;
  };
}
