// multi-db-handbook-mcp: the Multi-Database Handbook over MCP (stdio). The index next to this
// file was made from the site's build, so the server answers offline.
import {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {StdioServerTransport} from '@modelcontextprotocol/sdk/server/stdio.js';
import {Handbook} from './handbook';
import {HandbookSearch} from './search';
import {registerTools} from './tools';

const handbook = Handbook.load(new URL('./handbook.json', import.meta.url));
const search = new HandbookSearch(handbook);
await search.warmUp();

const server = new McpServer(
  {name: 'multi-db-handbook', title: handbook.index.site.title, version: HANDBOOK_MCP_VERSION},
  {
    instructions: `${handbook.index.site.title}: guides for several databases in one TypeScript application, one guide line per library version and stack. Call list_lines to learn the lines, then pass the reader's line to search_handbook, get_page and troubleshoot.`,
  },
);
registerTools(server, handbook, search);
await server.connect(new StdioServerTransport());
