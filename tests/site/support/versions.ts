// The version menu's labels, as docusaurus.config.ts makes them (tools/families.mjs, the examples'
// lockfiles), so the tests never restate a version by hand.
import {families} from '../../../tools/families.mjs';
import {lineLabel} from '../../../tools/lockfile.mjs';

/** The label of a line, by family id and the version name examples use ("9.x", "0.30.x", "1.0.x"). */
export function versionLabel(family: string, version: string): string {
  const line = families.find(({id}) => id === family)?.lines.find((l) => l.version === version);
  if (!line) throw new Error(`no guide line ${family} ${version} in tools/families.mjs`);
  return lineLabel(line);
}
