import React, {type ReactNode, useEffect, useRef, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {mcpConfig} from './mcpConfig';
import styles from './styles.module.css';

export interface PanelProps {
  twin: string;
}

/** The menu's items, loaded when the menu first opens. */
export default function Panel({twin}: PanelProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const site = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, '');
  // The twin's path is the page's, which holds the base URL already.
  const twinUrl = `${siteConfig.url}${twin}`;
  const prompt = `Read ${twinUrl} (a page of the ${siteConfig.title}, as Markdown; its code is cut from an example project the handbook's tests run) and help me apply it to my project.`;
  const [status, setStatus] = useState('');
  const first = useRef<HTMLAnchorElement>(null);

  // The panel mounts when the menu opens: move focus into it, and close the menu on Escape.
  useEffect(() => {
    const details = first.current?.closest('details');
    first.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(mcpConfig(site));
      setStatus('MCP configuration copied: paste it into .mcp.json (Claude Code, VS Code) or .cursor/mcp.json (Cursor)');
    } catch {
      setStatus('Copy failed: see "Use the handbook from your coding assistant" in the README');
    }
  };

  const open = (url: string) => ({href: url, target: '_blank', rel: 'noopener noreferrer'});
  return (
    <>
      <ul className={styles.items}>
        <li>
          <a ref={first} {...open(`https://chatgpt.com/?q=${encodeURIComponent(prompt)}`)}>
            Open in ChatGPT
          </a>
        </li>
        <li>
          <a {...open(`https://claude.ai/new?q=${encodeURIComponent(prompt)}`)}>Open in Claude</a>
        </li>
        <li>
          <button type="button" className={styles.item} onClick={copy}>
            Copy MCP configuration
          </button>
        </li>
      </ul>
      <span role="status" className={styles.status}>
        {status}
      </span>
    </>
  );
}
