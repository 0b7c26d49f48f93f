// A page's troubleshooting entries, read from its Markdown twin: under `## Troubleshooting`, each
// `###` heading with the message in the fenced block right under it, then its cause and fix.
// The skills list the messages; the MCP server's troubleshoot tool answers with whole entries;
// the site's search lists the entries of a line when nothing matches.

export interface TroubleshootingEntry {
  /** The heading as written in Markdown. */
  heading: string;
  /** The message as a terminal prints it: the page wraps long lines, a reader pastes one. */
  message: string;
  /** The whole entry, heading included: message, cause and fix. */
  markdown: string;
}

export function troubleshootingEntries(twin: string): TroubleshootingEntry[] {
  const section = /^## Troubleshooting\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(twin);
  if (!section) return [];
  const parts = section[1].split(/^(?=### )/m).filter((part) => part.startsWith('### '));
  return parts.flatMap((part) => {
    const m = /^### (.+)\n\n(`{3,})[^\n]*\n([\s\S]*?)\n\2$/m.exec(part);
    if (!m) return [];
    const message = m[3]
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    return [{heading: m[1].trim(), message, markdown: part.trim()}];
  });
}

/** A Markdown heading as the page shows it: no link, code or emphasis marks, no escapes. */
export function plainHeading(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .trim();
}

/**
 * The anchor of each heading of a page's troubleshooting entries, read from its built HTML (the
 * ids Docusaurus gave the `###` headings under `## Troubleshooting`). A heading matches the next
 * `###` whose words are all in it (MDX may drop part of a heading, as ":seed" in "db:seed").
 */
export function entryAnchorsInHtml(html: string, headings: string[]): (string | undefined)[] {
  const found = [...html.matchAll(/<h([23])\b[^>]*\sid=("?)([^"\s>]+)\2[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({level: m[1], id: m[3], words: wordsOf(m[4])}));
  const start = found.findIndex((h) => h.level === '2' && h.id === 'troubleshooting');
  const end = found.findIndex((h, i) => i > start && h.level === '2');
  const h3s = start < 0 ? [] : found.slice(start + 1, end < 0 ? undefined : end);
  let next = 0;
  return headings.map((heading) => {
    const words = new Set(wordsOf(heading));
    const at = h3s.findIndex((h, i) => i >= next && h.words.length > 0 && h.words.every((word) => words.has(word)));
    if (at < 0) return undefined;
    next = at + 1;
    return `#${h3s[at].id}`;
  });
}

function wordsOf(html: string): string[] {
  const text = html
    .replace(/<a\b[^>]*class="hash-link"[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];
}
