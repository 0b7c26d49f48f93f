import {createContext} from 'react';

/** True where a page's own content has no `<main>` and the Layout adds one (../SearchPage). */
export const MainLandmark = createContext(false);
