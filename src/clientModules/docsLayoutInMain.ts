// The docs layout (DocsRoot, DocVersionRoot, DocRoot, DocItem and what they import) ships in
// main instead of in four chunks of its own plus `common`. Docusaurus fetches a page's route
// chunks only once main has run, and hydrates after them: a guide opened from a link waited for
// eight scripts after main, now for three (docs plugin data, its version, its content). Every
// guide needs the layout: main grows by 14.8 KB gzip, a guide loads 4.8 KB less in all (the five
// chunks weighed 19.7 KB). Before the scripts ran after the first paint (src/ssrTemplate.ts),
// Lighthouse's LCP went from about 2.0 s to 2.3-2.7 s whenever the eight ran before it.
import '@theme/DocsRoot';
import '@theme/DocVersionRoot';
import '@theme/DocRoot';
import '@theme/DocItem';
