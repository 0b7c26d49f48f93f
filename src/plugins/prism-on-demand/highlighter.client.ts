// The browser's side of @handbook/highlighter (see ./index.ts): Prism arrives in its own chunk,
// fetched the first time a block must be highlighted in the browser, or ahead of that on a
// reader's intent to follow a link (src/clientModules/prefetchOnIntent.ts).
import type HighlightedLines from '@site/src/theme/CodeBlock/Content/HighlightedLines';

type Lines = typeof HighlightedLines;

let lines: Lines | null = null;
let loading: Promise<Lines> | null = null;

/** The highlighter when it is already here, else null. */
export function highlighterNow(): Lines | null {
  return lines;
}

export function loadHighlighter(): Promise<Lines> {
  loading ??= import('@site/src/theme/CodeBlock/Content/HighlightedLines').then(
    (module) => (lines = module.default),
    (error: unknown) => {
      loading = null; // a later block or intent tries again
      throw error;
    },
  );
  return loading;
}
