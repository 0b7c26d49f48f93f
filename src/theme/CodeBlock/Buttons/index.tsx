import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
import Buttons from '@theme-original/CodeBlock/Buttons';
import type ButtonsType from '@theme/CodeBlock/Buttons';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof ButtonsType>;

// The copy and word-wrap buttons of a code block, mounted in a transition once the block is in
// the page. Docusaurus leaves them out of the server's HTML and mounts them all in the render
// right after hydration, which React does in one go: on a guide with dozens of blocks that was
// one long task. A transition is rendered in slices that let the browser in between. The
// buttons still appear before a reader could reach them (they fade in on hover or focus).
export default function CodeBlockButtons(props: Props): ReactNode {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown ? <Buttons {...props} /> : null;
}
