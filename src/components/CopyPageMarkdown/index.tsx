import React, {type ReactNode, useState} from 'react';
import AiMenu from '../AiMenu';
import styles from './styles.module.css';

interface Props {
  /** URL of the page's Markdown twin (`<page>.md`). */
  twin: string;
}

/** Copy the page as Markdown, or open it. The twin is fetched only when the reader clicks. */
export default function CopyPageMarkdown({twin}: Props): ReactNode {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus('Copying…');
    try {
      const response = await fetch(twin);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: open the Markdown instead');
    }
  };
  return (
    <div className={styles.control} data-markdown-twin="">
      <button type="button" className="button button--sm button--secondary" onClick={copy}>
        Copy page as Markdown
      </button>
      <a className="button button--sm button--outline button--secondary" href={twin}>
        View as Markdown
      </a>
      <AiMenu twin={twin} />
      <span role="status" className={styles.status}>
        {status}
      </span>
    </div>
  );
}
