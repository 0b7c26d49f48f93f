// The editor configuration for the handbook's MCP server (mcp/), run by npx from the package the
// site serves (mcp/scripts/build.mjs packs it to /mcp/<package name>.tgz).
import mcpPackage from '@site/mcp/package.json';

/** The `.mcp.json` block (Claude Code, VS Code; Cursor: `.cursor/mcp.json`) for the site at `site`. */
export function mcpConfig(site: string): string {
  const [command] = Object.keys(mcpPackage.bin);
  const server = {command: 'npx', args: ['-y', `--package=${site}/mcp/${mcpPackage.name}.tgz`, command]};
  return `${JSON.stringify({mcpServers: {'multi-db-handbook': server}}, null, 2)}\n`;
}
