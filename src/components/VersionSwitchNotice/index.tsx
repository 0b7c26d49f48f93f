import React, {type ReactNode, useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {takeSwitch, type VersionSwitch} from './versionSwitch';

/**
 * On a page the version menu chose because the reader's page is not in this guide line: says so,
 * and links back. Shown after hydration only, since only the reader's own tab knows how they came.
 */
export default function VersionSwitchNotice(): ReactNode {
  const {pathname} = useLocation();
  const {label} = useDocsVersion();
  const [arrival, setArrival] = useState<{pathname: string; record: VersionSwitch}>();
  useEffect(() => {
    const record = takeSwitch(pathname);
    if (record) setArrival({pathname, record});
  }, [pathname]);
  if (!arrival || arrival.pathname !== pathname) return null;
  const {record} = arrival;
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
