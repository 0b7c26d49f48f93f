import React, {useRef, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {sanitizeTabsChildren, TabsProvider, useScrollPositionBlocker, useTabs, useTabsContextValue} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/Tabs';
import styles from './styles.module.css';

// Docusaurus's Tabs with one change: they are not mounted again once the page has hydrated.
// theme-classic's Tabs render with key={String(isBrowser)} ("Temporary fix for
// facebook/docusaurus#5653", its comment says), so on the upgrade page every tab panel, with its
// hundreds of code lines, was created twice on load, in one task.
// Here the first render is the server's (the group's default tab); a tab chosen earlier (the
// group's stored choice, or ?groupId= in the link) comes in the render right after hydration,
// through the same theme-common state Docusaurus's Tabs use, which sets only what changed.

function TabList({className}: {className?: string}): ReactNode {
  const {selectedValue, selectValue, tabValues, block} = useTabs();
  const tabs = useRef<(HTMLLIElement | null)[]>([]);
  const {blockElementScrollPositionUntilNextRender} = useScrollPositionBlocker();

  const choose = (index: number) => {
    const value = tabValues[index]!.value;
    if (value === selectedValue) return;
    // The chosen tab stays where it is on screen while tabs of the same group above it change.
    blockElementScrollPositionUntilNextRender(tabs.current[index]!);
    selectValue(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const last = tabValues.length - 1;
    const focus = (i: number) => tabs.current[i]?.focus();
    if (event.key === 'Enter' || event.key === ' ') choose(index);
    else if (event.key === 'ArrowRight') focus(index === last ? 0 : index + 1);
    else if (event.key === 'ArrowLeft') focus(index === 0 ? last : index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(last);
    else return;
    event.preventDefault();
  };

  return (
    <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', block && 'tabs--block', className)}>
      {tabValues.map(({value, label, attributes}, index) => (
        <li
          key={value}
          role="tab"
          tabIndex={value === selectedValue ? 0 : -1}
          aria-selected={value === selectedValue}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          onClick={() => choose(index)}
          onKeyDown={(event) => onKeyDown(event, index)}
          {...attributes}
          className={clsx('tabs__item', styles.tab, attributes?.className as string | undefined, value === selectedValue && 'tabs__item--active')}
        >
          {label ?? value}
        </li>
      ))}
    </ul>
  );
}

export default function Tabs(props: Props): ReactNode {
  const value = useTabsContextValue(props);
  return (
    <TabsProvider value={value}>
      {/* theme-classic's class names, which custom CSS and Infima's styles select */}
      <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.tabs)}>
        <TabList className={props.className} />
        <div className="margin-top--md">{sanitizeTabsChildren(props.children)}</div>
      </div>
    </TabsProvider>
  );
}
