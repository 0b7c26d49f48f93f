import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {connect, test, expect} from './support/client';
import {root} from '../../tools/paths.mjs';

// The package a reader runs: the tarball the site serves at /mcp/multi-db-handbook-mcp.tgz,
// started by npx from an empty folder outside the repository (its dependencies from the
// registry or npm's cache, nothing from this repository's node_modules).
test('npx runs the packed server from an empty folder, and it answers', async () => {
  test.setTimeout(240_000);
  const tarball = path.join(root, 'build', 'mcp', 'multi-db-handbook-mcp.tgz');
  expect(fs.existsSync(tarball), 'build/mcp/multi-db-handbook-mcp.tgz (mcp/scripts/build.mjs packs it)').toBe(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-mcp-'));
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const client = await connect('npx', ['--yes', '--prefer-offline', '--no-audit', '--no-fund', `--package=${tarball}`, 'multi-db-handbook-mcp'], {
    cwd: dir,
    env,
  });
  try {
    const result = await client.callTool({name: 'list_lines', arguments: {}});
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent!.lines as unknown[]).length).toBeGreaterThan(0);
  } finally {
    await client.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
