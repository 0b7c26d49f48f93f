import React, {type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock/Title';
import styles from './styles.module.css';

// A block's title (the example file it comes from) in the page's text colour: it inherited the
// code theme's plain colour, light blue in dark mode, and read as a link it is not.
export default function CodeBlockTitle({children}: Props): ReactNode {
  return <span className={styles.title}>{children}</span>;
}
