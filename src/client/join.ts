/**
 * The keyed data join every island uses to keep a list of child elements in step with an array (what
 * d3-selection's `selectAll().data().join()` did, in a few lines instead of a 4.5 KB dependency): one child
 * per datum, in data order. A child is matched to a datum by key (the datum's index unless `key` is given),
 * so an element that stays keeps its identity (focus, transitions, listeners); missing children are
 * created, left-over ones removed. Only direct children of `parent` matching `selector` take part.
 */

/** Key of each joined element, as the last join assigned it. */
const keys = new WeakMap<Element, string>();

/** Options of {@link joinChildren}. */
export interface JoinOptions<T> {
  /** Identity of a datum (default: its index). */
  key?: (datum: T, index: number) => string;
  /** The node the joined children are placed before (default: where the matching children already are, else at the end). */
  before?: Node | null;
}

/**
 * Makes the children of `parent` matching `selector` one per datum of `data`, in order: reuses the child of
 * the same key, creates one with `create` otherwise, removes the rest, then calls `update` on each.
 * Returns the children in data order.
 */
export function joinChildren<T, E extends Element>(
  parent: Element,
  selector: string,
  data: readonly T[],
  create: (datum: T, index: number) => E,
  update: (node: E, datum: T, index: number) => void,
  { key = (_, index) => String(index), before }: JoinOptions<T> = {},
): E[] {
  const current = [...parent.children].filter((child) => child.matches(selector)) as E[];
  const anchor = before !== undefined ? before : (current.at(-1)?.nextSibling ?? null);
  const byKey = new Map<string, E>();
  current.forEach((child, index) => {
    const k = keys.get(child) ?? String(index);
    if (byKey.has(k)) child.remove();
    else byKey.set(k, child);
  });
  const nodes = data.map((datum, index) => {
    const k = key(datum, index);
    let node = byKey.get(k);
    if (node) byKey.delete(k);
    else node = create(datum, index);
    keys.set(node, k);
    return node;
  });
  for (const stale of byKey.values()) stale.remove();
  let next = anchor;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.parentNode !== parent || node.nextSibling !== next) parent.insertBefore(node, next);
    next = node;
  }
  nodes.forEach((node, index) => update(node, data[index]!, index));
  return nodes;
}
