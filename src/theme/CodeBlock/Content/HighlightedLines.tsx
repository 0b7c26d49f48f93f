import React, {type ReactNode} from 'react';
import {useThemeConfig} from '@docusaurus/theme-common';
import prismIncludeLanguages from '@theme/prism-include-languages';
import Line from '@theme/CodeBlock/Line';
import {Highlight, Prism, type LineInputProps, type TokenInputProps} from 'prism-react-renderer';
import {emptyTokenStyle, tokenColourClasses} from './tokenColours';

// Prism and the site's additional languages: in the browser only in this chunk, loaded when a
// block must be highlighted there (see src/plugins/prism-on-demand); a block hydrated from the
// server's HTML never needs it.
prismIncludeLanguages(Prism);

export interface HighlightedLinesProps {
  code: string;
  language: string;
  lineClassNames: Record<number, string[]>;
  numbered: boolean;
}

/** A block's lines, tokenized, with each token's colour in both modes (see ./tokenColours). */
export default function HighlightedLines({code, language, lineClassNames, numbered}: HighlightedLinesProps): ReactNode {
  const {prism} = useThemeConfig();
  const light = prism.theme;
  const dark = prism.darkTheme ?? prism.theme;
  return (
    <Highlight theme={light} code={code} language={language}>
      {({tokens: lines, getLineProps, getTokenProps}) => {
        // Line colours come from the container's custom properties, not Prism's inline style.
        const lineProps = (input: LineInputProps) => ({...getLineProps(input), style: undefined});
        const tokenProps = (input: TokenInputProps) => ({
          ...getTokenProps({...input, className: tokenColourClasses(input.token, language, light, dark)}),
          style: emptyTokenStyle(input.token),
        });
        return lines.map((line, i) => (
          <Line key={i} line={line} getLineProps={lineProps} getTokenProps={tokenProps} classNames={lineClassNames[i]} showLineNumbers={numbered} />
        ));
      }}
    </Highlight>
  );
}
