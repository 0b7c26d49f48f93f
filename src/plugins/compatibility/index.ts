// Docusaurus plugin: the compatibility page (/compatibility), built from src/data/compatibility.json
// (what `npm run matrix` ran) and the guide lines of tools/families.mjs; the same data is written
// to /compatibility.json for tools that read it (the handbook's MCP server, scripts).
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {families, lineRoute} from '../../../tools/families.mjs';
import {lineLabel} from '../../../tools/lockfile.mjs';
import {matrixRows, type MatrixRow} from '../tested-with/testedWith';

export interface CompatibilityLine {
  family: string;
  familyLabel: string;
  /** docs version name */
  name: string;
  /** the version menu's label */
  label: string;
  /** the route its guides live under */
  route: string;
  rows: MatrixRow[];
}

export interface CompatibilityData {
  lines: CompatibilityLine[];
}

export function compatibilityData(siteDir: string): CompatibilityData {
  const rows = matrixRows(siteDir);
  return {
    lines: families.flatMap((family) =>
      family.lines.map((line) => ({
        family: family.id,
        familyLabel: family.label,
        name: line.name,
        label: lineLabel(line),
        route: lineRoute(family, line),
        rows: rows.filter((row) => row.family === family.id && row.version === line.version),
      })),
    ),
  };
}

// Typed as Docusaurus's config expects a plugin module: content arrives as `unknown`.
export default function compatibility(context: LoadContext): Plugin {
  return {
    name: 'compatibility',
    getPathsToWatch: () => [path.join(context.siteDir, 'src', 'data', 'compatibility.json')],
    loadContent: async () => compatibilityData(context.siteDir),
    async contentLoaded({content, actions}) {
      const data = await actions.createData('compatibility.json', JSON.stringify(content));
      actions.addRoute({path: `${context.baseUrl}compatibility`, component: '@site/src/components/CompatibilityMatrix', exact: true, modules: {data}});
    },
    async postBuild({content, outDir}) {
      fs.writeFileSync(path.join(outDir, 'compatibility.json'), JSON.stringify(content, null, 2));
    },
  };
}
