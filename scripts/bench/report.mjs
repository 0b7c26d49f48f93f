// What the benchmark prints and writes: one table of every part's rows (a part without rows
// shows its figures), the goals, and bench/results.json. The file keeps every figure as a flat
// key (as before the parts existed) and each part's figures and goals under parts.<id>.
import fs from 'node:fs';
import path from 'node:path';

const fmt = (n) => (n === undefined ? '-' : typeof n === 'number' ? String(Math.round(n * 100) / 100) : String(n));

/** Table rows of one part's outcome: [metric, value, bare, ratio, goal, met]. */
function rowsOf(part, outcome) {
  const goals = new Map((outcome.goals ?? []).map((g) => [g.name, g]));
  const rows = outcome.rows ?? Object.entries(outcome.figures ?? {}).map(([key, value]) => ({metric: `${part.id}: ${key}`, value, key}));
  const table = rows.map((row) => [row.metric, fmt(row.value), fmt(row.bare), fmt(row.ratio), '', '']);
  for (const g of goals.values()) table.push([`  goal ${g.name}`, fmt(g.value), fmt(g.bare ?? ''), '', g.limit, g.value === undefined ? 'not measured' : g.met ? 'met' : 'NOT MET']);
  return table;
}

export function printReport(outcomes) {
  const table = outcomes.flatMap(({part, outcome}) => (outcome ? rowsOf(part, outcome) : [[`${part.id}: ${part.title}`, '-', '', '', '', 'not measured']]));
  const header = ['metric', 'value', 'bare', 'ratio', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of table) console.log(line(row));
  const goals = outcomes.flatMap(({outcome}) => outcome?.goals ?? []);
  const met = goals.filter((g) => g.value !== undefined && g.met).length;
  const notMet = goals.filter((g) => g.value !== undefined && !g.met).length;
  console.log(`\nGoals: ${met} met, ${notMet} not met, ${goals.length - met - notMet} not measured.`);
  for (const {part, error} of outcomes) if (error) console.log(`FAILED: ${part.id} (${part.title}): ${error}`);
}

/**
 * Writes `outcomes` into `file`. With `only` (some parts run alone), the figures of the other
 * parts already in the file stay; those of the parts run now are replaced.
 */
export function writeResults(file, outcomes, {only, runtimeS}) {
  const previous = only && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const results = {...previous, parts: {...(previous.parts ?? {})}};
  const owner = new Map();
  for (const {part, outcome} of outcomes) {
    for (const key of Object.keys(previous.parts?.[part.id]?.figures ?? {})) delete results[key];
    if (!outcome) continue;
    for (const [key, value] of Object.entries(outcome.figures ?? {})) {
      if (owner.has(key)) throw new Error(`bench parts ${owner.get(key)} and ${part.id} both report "${key}"`);
      owner.set(key, part.id);
      results[key] = value;
    }
    results.parts[part.id] = {title: part.title, figures: outcome.figures ?? {}, ...(outcome.goals ? {goals: outcome.goals} : {})};
  }
  results.runtimeS = runtimeS;
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return Object.keys(results).length;
}
