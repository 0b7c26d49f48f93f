import React, {type ReactNode, type TextareaHTMLAttributes} from 'react';
import styles from '../playground.module.css';

/** A monospace text box for code: no spell checking, capitalising or autocorrect. */
export default function CodeArea(props: TextareaHTMLAttributes<HTMLTextAreaElement>): ReactNode {
  return <textarea className={styles.code} spellCheck={false} autoCapitalize="off" autoCorrect="off" {...props} />;
}
