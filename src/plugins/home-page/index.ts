// Docusaurus plugin: the home page (/), listing every guide of every guide line: the families and
// lines from tools/families.mjs, each line's pages from the docs plugins' loaded content (titles,
// sidebar order), and the date its examples last passed from src/data/compatibility.json. Its data
// is the route's own module, so no other page loads it.
import type {LoadContext, Plugin} from '@docusaurus/types';
import {families} from '../../../tools/families.mjs';
import {docPages, type DocsContent} from '../markdown-twins/pages';
import {lastVerified, matrixRows} from '../tested-with/testedWith';

export interface HomeLine {
  /** the version menu's label: the library line and its stack */
  label: string;
  unmaintained: boolean;
  /** the newest date on which one of the line's matrix rows passed every run */
  verified?: string;
  guides: {title: string; permalink: string}[];
}

export interface HomeFamily {
  id: string;
  title: string;
  summary: string;
  lines: HomeLine[];
}

export function homeFamilies(docs: DocsContent, siteDir: string): HomeFamily[] {
  const pages = docPages(
    docs,
    families.map(({id, label}) => ({id, label})),
    siteDir,
  );
  const rows = matrixRows(siteDir);
  return families.map((family) => ({
    id: family.id,
    title: family.title,
    summary: family.summary,
    lines: family.lines.map((line) => {
      const guides = pages.filter((page) => page.family.id === family.id && page.version.name === line.name);
      if (!guides.length) throw new Error(`[home-page] the ${family.id} line "${line.name}" has no pages`);
      return {
        label: guides[0].version.label,
        unmaintained: Boolean(line.unmaintained),
        verified: lastVerified(rows.filter((row) => row.family === family.id && row.version === line.version)),
        guides: guides.map(({title, permalink}) => ({title, permalink})),
      };
    }),
  }));
}

export default function homePage(context: LoadContext): Plugin {
  return {
    name: 'home-page',
    async allContentLoaded({allContent, actions}) {
      const docs = (allContent['docusaurus-plugin-content-docs'] ?? {}) as DocsContent;
      const data = await actions.createData('families.json', JSON.stringify(homeFamilies(docs, context.siteDir)));
      actions.addRoute({path: context.baseUrl, component: '@site/src/components/HomePage', exact: true, modules: {families: data}});
    },
  };
}
