import React, {useEffect, useRef, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';

type Props = Record<string, unknown>;

// The search box loads its index on focus and, once the index is there, focuses itself again
// (the package moves the box into its combobox, which blurs it). A reader who has already
// tabbed on was sent back to the box. Here a focus the reader did not ask for (no key, pointer
// or click in the same task) that takes focus from an element outside the box is handed back.
export default function SearchBarWrapper(props: Props): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return undefined;
    let readerActing = false;
    const acting = () => {
      readerActing = true;
      setTimeout(() => (readerActing = false));
    };
    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (!readerActing && from instanceof HTMLElement && !root.contains(from)) from.focus();
    };
    const events = ['keydown', 'pointerdown', 'mousedown', 'click', 'touchend'] as const;
    for (const type of events) window.addEventListener(type, acting, true);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      for (const type of events) window.removeEventListener(type, acting, true);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, []);
  return (
    <div ref={box} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}
