// The MCP server as an editor starts it: the SDK's own client over stdio, one server per worker.
// The SDK is the MCP package's dependency (mcp/node_modules), loaded from there.
import {createRequire} from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {test as base} from '@playwright/test';
import {root} from '../../../tools/paths.mjs';

export const mcpDir = path.join(root, 'mcp');

export interface ToolResult {
  content: {type: string; text: string}[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

export interface McpClient {
  listTools(): Promise<{tools: {name: string; description?: string}[]}>;
  callTool(request: {name: string; arguments: Record<string, unknown>}): Promise<ToolResult>;
  close(): Promise<void>;
}

const sdk = createRequire(path.join(mcpDir, 'package.json'));

/** Starts `command args` as an MCP server over stdio and connects the SDK's client to it. */
export async function connect(command: string, args: string[], options: {cwd?: string; env?: Record<string, string>} = {}): Promise<McpClient> {
  const {Client} = await import(pathToFileURL(sdk.resolve('@modelcontextprotocol/sdk/client/index.js')).href);
  const {StdioClientTransport} = await import(pathToFileURL(sdk.resolve('@modelcontextprotocol/sdk/client/stdio.js')).href);
  const client = new Client({name: 'handbook-tests', version: '1.0.0'});
  await client.connect(new StdioClientTransport({command, args, cwd: options.cwd, env: options.env, stderr: 'inherit'}));
  return client as McpClient;
}

/** The built server (mcp/dist/server.js), started with Node. */
export function serverFile(): string {
  const file = path.join(mcpDir, 'dist', 'server.js');
  if (!fs.existsSync(file)) throw new Error('mcp/dist/server.js is missing: the mcp-setup project builds it (npx playwright test --project=mcp)');
  return file;
}

export const test = base.extend<object, {mcp: McpClient}>({
  mcp: [
    async ({}, use) => {
      const client = await connect(process.execPath, [serverFile()]);
      await use(client);
      await client.close();
    },
    {scope: 'worker', timeout: 60_000},
  ],
});

export {expect} from '@playwright/test';
