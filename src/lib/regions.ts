// Named regions in example files: `// #region name` ... `// #endregion name`
// (`# #region` in .env and shell files). Guides show a region, never pasted code.

const MARKER = /^\s*(?:\/\/|#|\/\*|<!--)\s*#(region|endregion)\b\s*([\w.-]*)/;

export class RegionError extends Error {}

/** Lines of `text` inside region `name`, without any marker lines and without common indent. */
export function extractRegion(text: string, name: string): string {
  const lines = text.split(/\r?\n/);
  const markers = lines.map(markerOf);
  const start = markers.findIndex((m) => m?.kind === 'region' && m.name === name);
  if (start === -1) {
    throw new RegionError(`region "${name}" not found (regions here: ${listRegions(text).join(', ') || 'none'})`);
  }
  const end = markers.findIndex((m, i) => i > start && m?.kind === 'endregion' && m.name === name);
  if (end === -1) throw new RegionError(`region "${name}" has no matching "#endregion ${name}"`);
  return dedent(withoutMarkers(lines.slice(start + 1, end)));
}

/** The whole file as a reader should see it: every region marker line removed. */
export function stripRegionMarkers(text: string): string {
  return withoutMarkers(text.split(/\r?\n/)).join('\n').replace(/\n+$/, '');
}

export function listRegions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(markerOf)
    .filter((m) => m?.kind === 'region')
    .map((m) => m!.name);
}

function markerOf(line: string): {kind: 'region' | 'endregion'; name: string} | undefined {
  const match = MARKER.exec(line);
  return match ? {kind: match[1] as 'region' | 'endregion', name: match[2]} : undefined;
}

function withoutMarkers(lines: string[]): string[] {
  return lines.filter((line) => !markerOf(line));
}

function dedent(lines: string[]): string {
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

const LANGUAGES: Record<string, string> = {
  ts: 'ts',
  tsx: 'tsx',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  json: 'json',
  sh: 'bash',
  env: 'bash',
  sql: 'sql',
  graphql: 'graphql',
  gql: 'graphql',
  yml: 'yaml',
  yaml: 'yaml',
  md: 'md',
};

/** Prism language for a file path; `.env`, `.env.example` and friends are shell-like. */
export function languageOf(filePath: string): string {
  const base = filePath.split('/').pop() ?? filePath;
  if (base.startsWith('.env')) return 'bash';
  const ext = base.includes('.') ? base.split('.').pop()!.toLowerCase() : '';
  return LANGUAGES[ext] ?? 'text';
}
