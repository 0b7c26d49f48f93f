// Docusaurus's Tabs remount their content right after hydration (theme-classic's Tabs renders
// with key={String(isBrowser)}, facebook/docusaurus#5653). A block hydrated in a tab panel lends
// its server-rendered lines here, and the block mounted in its place takes them back: the same
// elements, moved, instead of every token tokenized and created again.
const lent = new Map<string, HTMLElement[]>();

/** `key` names everything a block's lines depend on; identical blocks queue in page order. */
export function lend(key: string, lines: HTMLElement): void {
  const queue = lent.get(key);
  if (queue) queue.push(lines);
  else lent.set(key, [lines]);
}

export function isLent(key: string): boolean {
  return (lent.get(key)?.length ?? 0) > 0;
}

/** Moves the lent lines of `key` into `target`; false when there are none (render them anew). */
export function takeBack(key: string, target: HTMLElement): boolean {
  const queue = lent.get(key);
  const lines = queue?.shift();
  if (queue?.length === 0) lent.delete(key);
  if (!lines) return false;
  target.replaceChildren(...lines.childNodes);
  return true;
}
