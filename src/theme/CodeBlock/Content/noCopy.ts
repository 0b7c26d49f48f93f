// Code that shows a mistake (a fence or <Snippet> with `noCopy` in its meta) gets this class on
// its block, and no copy button (../Buttons/CopyButton).
export const NO_COPY_CLASS = 'code-block--no-copy';

export function withNoCopyClass(className: string | undefined, metastring: string | undefined): string | undefined {
  return /(^|\s)noCopy(\s|$)/.test(metastring ?? '') ? [className, NO_COPY_CLASS].filter(Boolean).join(' ') : className;
}
