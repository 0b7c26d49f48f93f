import React, {type ReactNode} from 'react';
import {controlKey} from '../../rules/ruleset';
import type {PlaygroundApi} from '../usePlayground';
import Note from './Note';
import styles from '../playground.module.css';

/** Each model with its controls and a Create button, and the test-mode switch when there is one. */
export default function ModelsPanel({api}: {api: PlaygroundApi}): ReactNode {
  const {preset, ruleset, state, actions} = api;
  return (
    <div className={styles.column}>
      <h4 className={styles.subheading}>Models</h4>
      <ul className={styles.models}>
        {preset.models.map((model) => (
          <li key={model.name} className={styles.model}>
            <span className={styles.modelName}>
              {model.name}
              <small>{ruleset.kindLabel[model.kind]}</small>
            </span>
            {ruleset.controls.map((control) => {
              const key = controlKey(model.name, control);
              return (
                <span key={key} className={styles.control}>
                  <small aria-hidden="true">{control.caption}</small>
                  <select
                    aria-label={control.label(model.name)}
                    value={state.settings[key] ?? ''}
                    onChange={(e) => actions.setting(key, e.target.value || null)}
                  >
                    <option value="">{control.none}</option>
                    {preset.connections.map((c) => (
                      <option key={c.name} value={c.name}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </span>
              );
            })}
            <button type="button" className="button button--primary button--sm" disabled={!state.ready} onClick={() => void actions.create(model)}>
              Create {model.name}
            </button>
          </li>
        ))}
      </ul>
      {ruleset.testMode && preset.testMode && (
        <label className={styles.check}>
          <input type="checkbox" checked={state.testMode} onChange={(e) => actions.setTestMode(e.target.checked)} /> {ruleset.testMode.label}
          <small> {ruleset.testMode.hint}</small>
        </label>
      )}
      <Note message={state.notes.create} />
    </div>
  );
}
