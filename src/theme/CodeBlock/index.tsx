import React, {isValidElement, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

// Docusaurus's own CodeBlock remounts every block once the page has hydrated, so that the
// inline Prism colours of the reader's colour mode replace the server's light ones: every token
// of a long guide is tokenized and created twice on load. Our blocks carry the colours of both
// modes (see ./Content), so the server's HTML is already right and needs no second render.
function stringify(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({children: rawChildren, ...props}: Props): ReactNode {
  const children = stringify(rawChildren);
  return typeof children === 'string' ? <StringContent {...props}>{children}</StringContent> : <ElementContent {...props}>{children}</ElementContent>;
}
