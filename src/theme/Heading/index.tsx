import React, {type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';
import CopyPageMarkdown from '@site/src/components/CopyPageMarkdown';

type Props = WrapperProps<typeof HeadingType>;

// A docs page's title (its `#` heading, or the title Docusaurus adds from front matter) gets the
// copy-as-Markdown control under it; the twin sits next to the page at `<page>.md`.
export default function HeadingWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const docsPage = useActivePlugin() !== undefined;
  if (props.as !== 'h1' || !docsPage) return <Heading {...props} />;
  return (
    <>
      <Heading {...props} />
      <CopyPageMarkdown twin={`${pathname.replace(/\/$/, '')}.md`} />
    </>
  );
}
