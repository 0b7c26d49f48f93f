// Whether the page is still hydrating from the server's HTML. Docusaurus dispatches the first
// onRouteDidUpdate from a layout effect of the hydrating render, so every component of the
// server's HTML has rendered by then, and anything mounted later is rendered in the browser.
// A component reads this once, at mount (unlike useSyncExternalStore with a server snapshot,
// whose changed value would make React render every such component again after hydration).
let hydrated = false;

export function hydrating(): boolean {
  return typeof window !== 'undefined' && !hydrated;
}

export function onRouteDidUpdate(): void {
  hydrated = true;
}
