import React, {type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {MainLandmark} from '../Layout/MainLandmark';

// The search results page renders its results straight into the Layout, with no main landmark.
export default function SearchPageWrapper(): ReactNode {
  return (
    <MainLandmark.Provider value={true}>
      <SearchPage />
    </MainLandmark.Provider>
  );
}
