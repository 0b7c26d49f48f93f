// Before the MCP tests: the server built from the site's build, as `npm run build` makes it (its
// index, its bundle and the package npx runs). Needs `docusaurus build` first; `npm test` does it.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {test as setup} from '@playwright/test';
import {root} from '../../tools/paths.mjs';

setup('build the MCP server from the built site', () => {
  setup.setTimeout(300_000);
  execFileSync(process.execPath, [path.join(root, 'mcp', 'scripts', 'build.mjs')], {cwd: root, stdio: 'inherit'});
});
