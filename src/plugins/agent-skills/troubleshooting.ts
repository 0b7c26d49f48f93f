// A page's troubleshooting entries, read from its Markdown twin: under `## Troubleshooting`, each
// `###` heading with the message in the fenced block right under it, then its cause and fix.
// The skills list the messages; the MCP server's troubleshoot tool answers with whole entries.

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
