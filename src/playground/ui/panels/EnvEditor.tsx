import React, {type ReactNode} from 'react';
import {MAX_ENV_CHARS} from '../../rules/dotenv';
import type {PlaygroundApi} from '../usePlayground';
import CodeArea from './CodeArea';
import Note from './Note';
import {refuseLongPaste} from './paste';
import styles from '../playground.module.css';

export default function EnvEditor({api, id}: {api: PlaygroundApi; id: string}): ReactNode {
  const {state, actions} = api;
  return (
    <div className={styles.column}>
      <label className={styles.label} htmlFor={id}>
        .env
      </label>
      <CodeArea
        id={id}
        rows={14}
        value={state.env}
        onChange={(e) => actions.changeEnv(e.target.value)}
        onPaste={(e) => refuseLongPaste(e, MAX_ENV_CHARS, '.env', (note) => actions.say('env', note))}
      />
      <Note message={state.notes.env} />
    </div>
  );
}
