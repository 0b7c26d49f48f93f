import {useCallback, useEffect, useRef, useState} from 'react';
import type {useCodeWordWrap as useDocusaurusCodeWordWrap} from '@docusaurus/theme-common/internal';

type WordWrap = ReturnType<typeof useDocusaurusCodeWordWrap>;

// Whether a block shows its word-wrap button (only a block wider than its box does), and the
// toggle, as Docusaurus's useCodeWordWrap but measured differently. Docusaurus measures every
// block of the page in an effect right after hydration, and every block renders again (its
// hidden-tab state goes from undefined to null): on the eloquent guide's 20 blocks that was one
// task of 74 ms at 4x CPU slowdown after hydration. Here a block is measured whenever its box or
// its lines change size, as the browser reports it once it has laid them out: lines skipped
// while far out of view (see ./index.tsx) or in a hidden tab panel are measured when they are
// shown, and a resize or a toggle measures again.
export function useCodeWordWrap(): WordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    const pre = codeBlockRef.current;
    const code = pre?.querySelector('code');
    if (!pre || !code) return undefined;
    const observer = new ResizeObserver(() => setIsCodeScrollable(pre.scrollWidth > pre.clientWidth));
    observer.observe(pre);
    observer.observe(code);
    return () => observer.disconnect();
  }, []);

  // Only the two properties wrapping sets: the element's own style (a numbered block's
  // counter-reset) stays.
  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    code.style.whiteSpace = isEnabled ? '' : 'pre-wrap';
    code.style.overflowWrap = isEnabled ? '' : 'anywhere';
    setIsEnabled(!isEnabled);
  }, [isEnabled]);

  return {codeBlockRef, isEnabled, isCodeScrollable, toggle};
}
