import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Message} from '../state';
import styles from '../playground.module.css';

/** A status line or an alert, or nothing. */
export default function Note({message, className}: {message: Message; className?: string}): ReactNode {
  if (!message) return null;
  return (
    <p role={message.tone} className={clsx(message.tone === 'alert' ? styles.alert : styles.status, className)}>
      {message.text}
    </p>
  );
}
