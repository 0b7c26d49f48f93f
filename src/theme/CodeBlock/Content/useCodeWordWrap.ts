import {useCallback, useEffect, useRef, useState} from 'react';
import type {useCodeWordWrap as useDocusaurusCodeWordWrap} from '@docusaurus/theme-common/internal';

type WordWrap = ReturnType<typeof useDocusaurusCodeWordWrap>;

// Whether a block shows its word-wrap button (only a block wider than its box does), and the
// toggle, as Docusaurus's useCodeWordWrap but measured whenever the block's box or lines change
// size: Docusaurus measures each block once after hydration, when lines skipped far out of view
// (content-visibility, see ./index.tsx) have no width yet, so a wide block would get no button.
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
