// The server's side of @handbook/highlighter (see ./index.ts): pages are rendered with Prism at
// once, so the HTML carries every token.
import HighlightedLines from '@site/src/theme/CodeBlock/Content/HighlightedLines';

export const highlighterNow = (): typeof HighlightedLines => HighlightedLines;
export const loadHighlighter = (): Promise<typeof HighlightedLines> => Promise.resolve(HighlightedLines);
