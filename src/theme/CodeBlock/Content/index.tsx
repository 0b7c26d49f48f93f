import React, {useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';
import {useThemeConfig} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {Highlight, type LineInputProps, type TokenInputProps} from 'prism-react-renderer';
import type {Props} from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
import {isLent, lend, takeBack} from './serverLines';
import {tokenStyle} from './tokenColours';
import styles from './styles.module.css';

// A code block as Docusaurus renders it, with these changes that keep long guides fast:
// - Colours of both modes on every token (custom properties), not the current mode's inline, so
//   the server's HTML is right in either mode.
// - A block hydrated from the server's HTML keeps it: React leaves the inner HTML of an element
//   rendered with `dangerouslySetInnerHTML` alone, so its thousands of token spans are neither
//   tokenized nor created again on load. Blocks mounted later (a client-side navigation) render
//   their tokens as usual. The copy and word-wrap buttons beside it hydrate as before.
// - Lines out of view are neither styled nor laid out until scrolled near (content-visibility),
//   with their height reserved from the line count, so the page does not jump.
// - A block in a tab panel survives the remount of Docusaurus's Tabs after hydration: the new
//   block takes over the server's lines (./serverLines).

export default function CodeBlockContent({className: classNameProp}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const {prism} = useThemeConfig();
  const isBrowser = useIsBrowser();
  const [keepsServerHtml] = useState(() => typeof window !== 'undefined' && !isBrowser);
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const numbered = lineNumbersStart !== undefined;
  // Everything the lines' HTML depends on (the colours of both modes are the same on every page).
  // Read at mount only, so computed once rather than on every render of every block.
  const [linesKey] = useState(() => JSON.stringify([language, lineNumbersStart, lineClassNames, code]));
  const [takesServerLines, setTakesServerLines] = useState(() => !keepsServerHtml && isLent(linesKey));
  const codeRef = useRef<HTMLElement>(null);
  useIsomorphicLayoutEffect(() => {
    const lines = codeRef.current;
    if (!lines) return;
    if (keepsServerHtml && lines.closest('[role="tabpanel"]')) lend(linesKey, lines);
    if (takesServerLines && !takeBack(linesKey, lines)) setTakesServerLines(false);
  }, []);

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

  if (keepsServerHtml || takesServerLines) {
    return pre(<code {...codeProps} ref={codeRef} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />);
  }

  const light = prism.theme;
  const dark = prism.darkTheme ?? prism.theme;
  return (
    <Highlight theme={light} code={code} language={language}>
      {({tokens: lines, getLineProps, getTokenProps}) => {
        // Line colours come from the container's custom properties, not Prism's inline style.
        const lineProps = (input: LineInputProps) => ({...getLineProps(input), style: undefined});
        const tokenProps = (input: TokenInputProps) => ({
          ...getTokenProps(input),
          style: tokenStyle(input.token, language, light, dark),
        });
        return pre(
          <code {...codeProps}>
            {lines.map((line, i) => (
              <Line key={i} line={line} getLineProps={lineProps} getTokenProps={tokenProps} classNames={lineClassNames[i]} showLineNumbers={numbered} />
            ))}
          </code>,
        );
      }}
    </Highlight>
  );
}
