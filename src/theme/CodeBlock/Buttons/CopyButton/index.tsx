import React, {type ReactNode} from 'react';
import CopyButton from '@theme-original/CodeBlock/Buttons/CopyButton';
import type CopyButtonType from '@theme/CodeBlock/Buttons/CopyButton';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {WrapperProps} from '@docusaurus/types';
import {NO_COPY_CLASS} from '../../Content/noCopy';

type Props = WrapperProps<typeof CopyButtonType>;

// Code that shows a mistake offers nothing to copy.
export default function CopyButtonWrapper(props: Props): ReactNode {
  const {metadata} = useCodeBlockContext();
  return metadata.className.split(' ').includes(NO_COPY_CLASS) ? null : <CopyButton {...props} />;
}
