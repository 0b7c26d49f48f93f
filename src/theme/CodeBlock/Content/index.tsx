import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {highlighterNow, loadHighlighter} from '@handbook/highlighter';
import type {LineInputProps, TokenInputProps} from 'prism-react-renderer';
import type {Props} from '@theme/CodeBlock/Content';
import type {HighlightedLinesProps} from './HighlightedLines';
import Line from '@theme/CodeBlock/Line';
import styles from './styles.module.css';

// A code block as Docusaurus renders it, with these changes that keep long guides fast:
// - Colours of both modes on every token (two classes, ./tokenColours), not the current mode's
//   inline, so the server's HTML is right in either mode.
// - A block hydrated from the server's HTML keeps it: React leaves the inner HTML of an element
//   rendered with `dangerouslySetInnerHTML` alone, so its thousands of token spans are neither
//   tokenized nor created again on load. Blocks mounted later (a client-side navigation) render
//   their tokens as usual.
// - Lines out of view are neither styled nor laid out until scrolled near (content-visibility),
//   with their height reserved from the line count, so the page does not jump.
// - So the browser needs Prism only for blocks it renders itself, and loads it then, in a chunk
//   of its own (src/plugins/prism-on-demand): until it arrives (the first client-side navigation
//   after a hovered link usually finds it there), such a block shows its lines as plain text.

export default function CodeBlockContent({className: classNameProp}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  // A block hydrated in the browser (where useIsBrowser is still false) has its lines in the server's HTML.
  const isBrowser = useIsBrowser();
  const [keepsServerHtml] = useState(typeof window !== 'undefined' && !isBrowser);
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const numbered = lineNumbersStart !== undefined;

  const pre = (children: ReactNode) => (
    <pre
      ref={wordWrap.codeBlockRef}
      tabIndex={0}
      style={{containIntrinsicBlockSize: `auto calc(${code.split('\n').length} * var(--ifm-pre-line-height) * 1em + 2 * var(--ifm-pre-padding))`}}
      className={clsx(classNameProp, 'prism-code', `language-${language}`, styles.codeBlock, 'thin-scrollbar')}
    >
      {children}
    </pre>
  );
  const codeProps = {
    className: clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering),
    style: numbered ? {counterReset: `line-count ${lineNumbersStart - 1}`} : undefined,
  };

  if (keepsServerHtml) {
    return pre(<code {...codeProps} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />);
  }

  return pre(
    <code {...codeProps}>
      <Lines code={code} language={language} lineClassNames={lineClassNames} numbered={numbered} />
    </code>,
  );
}

/** The lines highlighted, or as plain text while the highlighter is on its way. */
function Lines(props: HighlightedLinesProps): ReactNode {
  const [HighlightedLines, setHighlightedLines] = useState(highlighterNow);
  useEffect(() => {
    if (HighlightedLines) return;
    let live = true;
    const load = () =>
      loadHighlighter().then(
        (loaded) => live && setHighlightedLines(() => loaded),
        () => {}, // stays plain text: readable, only without colours
      );
    // Offline (a block the StackBlitz launcher shows when it cannot connect, say), nothing is
    // fetched until the browser is back online.
    if (navigator.onLine) void load();
    else window.addEventListener('online', load, {once: true});
    return () => {
      live = false;
      window.removeEventListener('online', load);
    };
  }, [HighlightedLines]);
  if (HighlightedLines) return <HighlightedLines {...props} />;
  // Plain lines through the theme's own Line, so the block keeps its layout when colours arrive.
  return props.code
    .split('\n')
    .map((text, i) => (
      <Line
        key={i}
        line={[{types: ['plain'], content: text}]}
        getLineProps={({className}: LineInputProps) => ({className: clsx('token-line', className)})}
        getTokenProps={({token}: TokenInputProps) => ({className: 'token plain', children: token.content})}
        classNames={props.lineClassNames[i]}
        showLineNumbers={props.numbered}
      />
    ));
}
