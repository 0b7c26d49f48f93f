import React, {type ReactNode} from 'react';
import {useActiveDocContext, useActivePlugin, useDocsPreferredVersion, useVersions, type GlobalVersion} from '@docusaurus/plugin-content-docs/client';
import {useLocation} from '@docusaurus/router';
import DocsVersionDropdownNavbarItem from '@theme-original/NavbarItem/DocsVersionDropdownNavbarItem';
import type DocsVersionDropdownNavbarItemType from '@theme/NavbarItem/DocsVersionDropdownNavbarItem';
import type {LinkLikeNavbarItemProps} from '@theme/NavbarItem';
import type {WrapperProps} from '@docusaurus/types';
import {nearestPage} from '@site/src/lib/nearestPage';
import {rememberSwitch} from '@site/src/components/VersionSwitchNotice/versionSwitch';

type Props = WrapperProps<typeof DocsVersionDropdownNavbarItemType>;

// Each guide family is versioned on its own: show only the dropdown of the family being read
// (none on the home page), so a reader never switches the version of a family they are not in.
export default function DocsVersionDropdownNavbarItemWrapper(props: Props): ReactNode {
  const activePlugin = useActivePlugin();
  if (activePlugin?.pluginId !== props.docsPluginId) return null;
  return <LineDropdown {...props} />;
}

const listed = (version: GlobalVersion) => ({...version, docs: version.docs.filter((doc) => !doc.unlisted)});

// Docusaurus sends a reader whose page a line lacks to the line's main page, without a word. Here
// the lines that lack it link to their nearest page instead and leave a note for it to show
// (VersionSwitchNotice); the lines that have it stay as Docusaurus makes them.
function LineDropdown(props: Props): ReactNode {
  const {docsPluginId} = props;
  const {activeDoc, activeVersion, alternateDocVersions} = useActiveDocContext(docsPluginId);
  const versions = useVersions(docsPluginId);
  const {savePreferredVersionName} = useDocsPreferredVersion(docsPluginId);
  const {pathname, search, hash} = useLocation();
  if (!activeDoc || !activeVersion || props.versions || versions.every((version) => alternateDocVersions[version.name])) {
    return <DocsVersionDropdownNavbarItem {...props} />;
  }

  const item = (version: GlobalVersion): LinkLikeNavbarItemProps => {
    const same = alternateDocVersions[version.name];
    if (same) return {label: version.label, to: `${same.path}${search}${hash}`, onClick: () => savePreferredVersionName(version.name)};
    const {page} = nearestPage(activeDoc, activeVersion, listed(version));
    return {
      label: version.label,
      to: page.path,
      onClick: () => {
        savePreferredVersionName(version.name);
        // The navbar sits outside the page's doc context: its title is read where the reader sees it.
        const title = document.querySelector('article h1')?.textContent ?? document.title;
        rememberSwitch({to: page.path, from: `${pathname}${search}${hash}`, title, fromLine: activeVersion.label});
      },
    };
  };
  // The active line stays Docusaurus's own item (the button's label, the active mark); the others
  // keep their order around it.
  const at = versions.findIndex((version) => version.name === activeVersion.name);
  return (
    <DocsVersionDropdownNavbarItem
      {...props}
      versions={[activeVersion.name]}
      dropdownItemsBefore={[...props.dropdownItemsBefore, ...versions.slice(0, at).map(item)]}
      dropdownItemsAfter={[...versions.slice(at + 1).map(item), ...props.dropdownItemsAfter]}
    />
  );
}
