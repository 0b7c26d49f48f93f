// Docusaurus's Link prefetches the JavaScript of every internal link the moment it scrolls into
// view (window.docusaurus.prefetch from an IntersectionObserver): on a guide with a long sidebar
// that is more script than the page itself needs. Here viewport prefetching waits for intent:
// Link already preloads a route on mouseenter and touchstart, and a keyboard focus on a link
// prefetches it, so a reader's next page is still loading before the click.
// The same intent fetches Prism (see src/plugins/prism-on-demand): the next page's code blocks are
// rendered in the browser, and find it there.
import type {ClientModule} from '@docusaurus/types';
import {loadHighlighter} from '@handbook/highlighter';

type Docusaurus = {prefetch: (routePath: string) => unknown; preload: (routePath: string) => unknown};
type WindowWithDocusaurus = Window & {docusaurus?: Docusaurus & {prefetchesOnIntent?: true}};

function linkPath(target: EventTarget | null): string | undefined {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return undefined;
  if (link.target && link.target !== '_self') return undefined;
  return link.pathname;
}

function prefetchOnIntent(): void {
  const w = window as WindowWithDocusaurus;
  const docusaurus = w.docusaurus;
  if (!docusaurus || docusaurus.prefetchesOnIntent) return;
  const toOtherPage = (routePath: string | undefined) => routePath !== undefined && routePath !== window.location.pathname;
  document.addEventListener(
    'focusin',
    (event) => {
      const routePath = linkPath(event.target);
      if (routePath) docusaurus.prefetch(routePath);
      if (toOtherPage(routePath)) void loadHighlighter().catch(() => {});
    },
    {capture: true, passive: true},
  );
  for (const type of ['mouseover', 'touchstart'] as const) {
    document.addEventListener(
      type,
      (event) => {
        if (toOtherPage(linkPath(event.target))) void loadHighlighter().catch(() => {});
      },
      {capture: true, passive: true},
    );
  }
  // Docusaurus freezes the object it mounts on window; a replacement keeps its preload.
  w.docusaurus = Object.freeze({prefetch: () => false, preload: docusaurus.preload, prefetchesOnIntent: true as const});
}

// The first call comes in a layout effect of the first render: after clientEntry has set
// window.docusaurus and before any IntersectionObserver has reported a link in view.
const clientModule: ClientModule = {
  onRouteDidUpdate() {
    if (typeof window !== 'undefined') prefetchOnIntent();
  },
};

export default clientModule;
