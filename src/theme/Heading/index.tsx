import React, {type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import {useActiveDocContext, useActivePlugin} from '@docusaurus/plugin-content-docs/client';
import CopyPageMarkdown from '@site/src/components/CopyPageMarkdown';

type Props = WrapperProps<typeof HeadingType>;

// A docs page's title (its `#` heading, or the title Docusaurus adds from front matter) gets the
// copy-as-Markdown control under it; the twin sits next to the page at `<page>.md`. A path under a
// docs family that is no page (the 404 page) has no twin, so no control.
export default function HeadingWrapper(props: Props): ReactNode {
  const plugin = useActivePlugin();
  if (props.as !== 'h1' || !plugin) return <Heading {...props} />;
  return <DocsTitle pluginId={plugin.pluginId} {...props} />;
}

function DocsTitle({pluginId, ...props}: Props & {pluginId: string}): ReactNode {
  const {pathname} = useLocation();
  const {activeDoc} = useActiveDocContext(pluginId);
  if (!activeDoc) return <Heading {...props} />;
  return (
    <>
      <Heading {...props} />
      <CopyPageMarkdown twin={`${pathname.replace(/\/$/, '')}.md`} />
    </>
  );
}
