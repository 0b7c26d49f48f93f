import React, {type ReactNode, useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {hydrating} from '@site/src/clientModules/pageHydration';
import {forgetSwitch, switchTo} from './versionSwitch';

/**
 * On a page the version menu chose because the reader's page is not in this guide line: says so,
 * and links back. The menu moves in the browser, so a page rendered on the server (opened, or
 * reloaded) was not reached through it and reads nothing.
 */
export default function VersionSwitchNotice(): ReactNode {
  const {pathname} = useLocation();
  const {label} = useDocsVersion();
  const [record] = useState(() => (hydrating() ? undefined : switchTo(pathname)));
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
