import React, {type ReactNode} from 'react';
import DocVersionBanner from '@theme-original/DocVersionBanner';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import type {WrapperProps} from '@docusaurus/types';
import VersionSwitchNotice from '@site/src/components/VersionSwitchNotice';

type Props = WrapperProps<typeof DocVersionBannerType>;

// The notice for a reader the version menu brought here from a page this line lacks sits where
// the line's own banner does: above the title, the first thing read on arrival.
export default function DocVersionBannerWrapper(props: Props): ReactNode {
  return (
    <>
      <VersionSwitchNotice />
      <DocVersionBanner {...props} />
    </>
  );
}
