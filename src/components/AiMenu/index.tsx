import React, {type ComponentType, type ReactNode, type SyntheticEvent, useState} from 'react';
import type {PanelProps} from './Panel';
import styles from './styles.module.css';

interface Props {
  /** URL of the page's Markdown twin (`<page>.md`), from the site root. */
  twin: string;
}

/**
 * "Use with AI": open the page in ChatGPT or Claude, or copy the MCP server's configuration.
 * A native disclosure, so opening it needs no script; its panel is loaded when it first opens,
 * and nothing leaves the site until the reader picks an item.
 */
export default function AiMenu({twin}: Props): ReactNode {
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const load = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (!event.currentTarget.open || Panel) return;
    import('./Panel').then(
      (module) => setPanel(() => module.default),
      () => setFailed(true),
    );
  };
  return (
    <details className={styles.menu} onToggle={load}>
      <summary className="button button--sm button--secondary">Use with AI</summary>
      <div className={styles.panel}>
        {Panel ? <Panel twin={twin} /> : <span role="status">{failed ? 'The menu could not load: reload the page.' : 'Loading…'}</span>}
      </div>
    </details>
  );
}
