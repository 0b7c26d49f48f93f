import React, {type ComponentProps, type CSSProperties, type ElementType, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames, useThemeConfig} from '@docusaurus/theme-common';
import styles from './styles.module.css';

type Props<T extends ElementType> = {as: T} & ComponentProps<T>;

// Both colour modes' plain colours, so the block is right in either mode from the server's HTML
// on (Docusaurus sets the current mode's only, and re-renders after hydration to switch).
export default function CodeBlockContainer<T extends ElementType>({as: As, ...props}: Props<T>): ReactNode {
  const {prism} = useThemeConfig();
  const light = prism.theme.plain;
  const dark = (prism.darkTheme ?? prism.theme).plain;
  const style = {
    '--prism-light-color': light.color,
    '--prism-light-background-color': light.backgroundColor,
    '--prism-dark-color': dark.color,
    '--prism-dark-background-color': dark.backgroundColor,
  } as CSSProperties;
  return <As {...props} style={style} className={clsx(props.className, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)} />;
}
