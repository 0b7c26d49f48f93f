import React, {type ReactNode, useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {forgetSwitch, switchTo} from './versionSwitch';

/**
 * On a page the version menu chose because the reader's page is not in this guide line: says so,
 * and links back. The menu moves in the browser, so a page rendered on the server (opened, or
 * reloaded) was not reached through it and reads nothing.
 */
export default function VersionSwitchNotice(): ReactNode {
  const {pathname} = useLocation();
  const {label} = useDocsVersion();
  // False while hydrating the server's HTML: only a page mounted in the browser was switched to.
  const isBrowser = useIsBrowser();
  const [record] = useState(() => (isBrowser ? switchTo(pathname) : undefined));
  // Read once: the next page, or this one again, is not reached through that switch.
  useEffect(forgetSwitch, []);
  if (!record) return null;
  return (
    <div className="alert alert--info margin-bottom--md" role="status">
      <p className="margin-bottom--sm">
        “{record.title}” is not in {label}; this is the nearest page.
      </p>
      <Link to={record.from}>
        Back to “{record.title}” in {record.fromLine}
      </Link>
    </div>
  );
}
