// A line diff of two texts in unified style (` `, `-`, `+` prefixes), for showing how the same
// file or region differs between two examples. Texts here are a few hundred lines at most, so a
// plain longest-common-subsequence table is fast enough and keeps the result easy to check.

export type DiffLine = {kind: 'same' | 'removed' | 'added'; text: string};

/** Every line of `before` and `after`, marked as kept, removed or added (removals first). */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({kind: 'same', text: a[i]});
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
      lines.push({kind: 'removed', text: a[i++]});
    } else {
      lines.push({kind: 'added', text: b[j++]});
    }
  }
  return lines;
}

const PREFIX = {same: ' ', removed: '-', added: '+'} as const;

/**
 * The diff as text: changed lines with `context` unchanged lines around them; runs of unchanged
 * lines left out are shown as one `@@ ... @@` line. `context: Infinity` keeps every line.
 * Empty when the texts are the same.
 */
export function unifiedDiff(before: string, after: string, context = 3): string {
  const lines = diffLines(before, after);
  const changed = lines.map((l) => l.kind !== 'same');
  if (!changed.includes(true)) return '';
  const reach = Math.min(context, lines.length);
  const keep = lines.map((_, k) => {
    for (let d = -reach; d <= reach; d++) if (changed[k + d]) return true;
    return false;
  });
  const out: string[] = [];
  let skipping = false;
  lines.forEach((line, k) => {
    if (!keep[k]) {
      if (!skipping) out.push('@@ ... @@');
      skipping = true;
      return;
    }
    skipping = false;
    out.push(`${PREFIX[line.kind]}${line.text}`.replace(/\s+$/, ''));
  });
  return out.join('\n');
}
