import React, {useContext, type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {MainLandmark} from './MainLandmark';

type Props = WrapperProps<typeof LayoutType>;

// Docs and the home page bring their own <main>; a page that does not (the search results page
// of @easyops-cn/docusaurus-search-local) asks for one through MainLandmark.
export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  const wrap = useContext(MainLandmark);
  return <Layout {...props}>{wrap ? <main>{children}</main> : children}</Layout>;
}
