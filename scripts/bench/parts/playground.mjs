// The playground, from the click on "Start playground" to the first query result in the page
// (median of the rounds), next to a bare page that starts sql.js's own worker.sql-wasm.js, served
// by the same server with the same headers, running the same schema and query. Cold = a new
// browser context, warm = the same context opening the page again. Each page whose playground
// starts on a schema and query no page before it did is measured; the worst cold ratio is shown.
// Two ways to press Start, on both sides: "click" presses at once, "hover" rests the pointer on
// the button for INTENT_MS (BENCH_INTENT_MS, default 200) first, as a reader's pointer does; the
// time is counted from the click either way.
import {fileFor} from '../server.mjs';
import {INTENT_MS, bareOnce, captureFirstQuery, coldAndWarm, medianPhases, playgroundOnce, playgroundPages} from '../playground.mjs';
import {goal, median, round2} from '../stats.mjs';

const MODES = {click: 0, hover: INTENT_MS};

export default {
  id: 'playground',
  title: 'Playground: click to first result, cold and warm, next to bare sql.js',
  async run(ctx) {
    const sites = await ctx.site.ready();
    const {siteServer} = sites;
    const pages = playgroundPages(sites, fileFor);
    if (pages.length === 0) throw new Error('no guide page has the "Connection playground" region with "Start playground"');
    const browser = await ctx.browser();
    // Cold starts spread widely on a small machine: fewer rounds let the median ratio wander.
    const rounds = Number(process.env.BENCH_ROUNDS ?? (ctx.quick ? 1 : 9));
    const figures = {};
    const worst = {};
    const measured = new Map(); // first query (schema and SQL) -> page measured with it
    for (const url of pages) {
      const job = await captureFirstQuery(browser, siteServer.url + url);
      // Pages whose playground starts on the same schema and query differ in nothing measured here.
      const same = measured.get(JSON.stringify(job));
      if (same) {
        ctx.log(`${url}: same first query as ${same}, not measured again`);
        continue;
      }
      measured.set(JSON.stringify(job), url);
      const bareUrl = `${siteServer.url}/__bench/sqljs/#${encodeURIComponent(JSON.stringify(job))}`;
      await coldAndWarm(browser, (page) => bareOnce(page, bareUrl)); // warms the server's caches like the capture did
      const samples = {};
      for (const mode of Object.keys(MODES)) samples[mode] = {pg: {cold: [], warm: []}, bare: {cold: [], warm: []}};
      for (let round = 0; round < rounds; round++) {
        // Alternate which side goes first, so neither always runs on a busier moment.
        const order = round % 2 ? ['bare', 'pg'] : ['pg', 'bare'];
        for (const [mode, intentMs] of Object.entries(MODES)) {
          for (const side of order) {
            const once = (page) => (side === 'pg' ? playgroundOnce(page, siteServer.url + url, intentMs) : bareOnce(page, bareUrl, intentMs));
            const {cold, warm} = await coldAndWarm(browser, once);
            samples[mode][side].cold.push(cold);
            samples[mode][side].warm.push(warm);
          }
        }
      }
      ctx.log(`${url} (query: ${job.sql.replace(/\s+/g, ' ').slice(0, 60)})`);
      for (const mode of Object.keys(MODES)) {
        const s = samples[mode];
        const ms = (starts) => median(starts.map((x) => x.ms));
        const m = {pgCold: ms(s.pg.cold), pgWarm: ms(s.pg.warm), bareCold: ms(s.bare.cold), bareWarm: ms(s.bare.warm)};
        const key = (name) => `pages.${url}.${mode}.${name}`;
        // Where the time goes, side by side: ms from the click to each phase's end (median).
        for (const [side, prefix] of [['pg', 'playgroundPhasesMs'], ['bare', 'bareSqljsPhasesMs']]) {
          for (const run of ['cold', 'warm']) {
            for (const [phase, value] of Object.entries(medianPhases(s[side][run], median))) figures[key(`${prefix}.${run}.${phase}`)] = value;
          }
        }
        Object.assign(figures, {
          [key('playgroundFirstResultMs')]: Math.round(m.pgCold),
          [key('bareSqljsFirstResultMs')]: Math.round(m.bareCold),
          [key('playgroundFirstResultWarmMs')]: Math.round(m.pgWarm),
          [key('bareSqljsFirstResultWarmMs')]: Math.round(m.bareWarm),
        });
        const all = (xs) => xs.map((x) => Math.round(x.ms)).join(' ');
        const phases = (starts) => Object.entries(medianPhases(starts, median)).map(([k, v]) => `${k} ${v}`).join(', ');
        ctx.log(`  ${mode}: playground cold ${all(s.pg.cold)} | warm ${all(s.pg.warm)}; bare sql.js cold ${all(s.bare.cold)} | warm ${all(s.bare.warm)}`);
        ctx.log(`  ${mode}: phases (ms from the click), cold: playground ${phases(s.pg.cold)}; bare ${phases(s.bare.cold)}`);
        ctx.log(`  ${mode}: phases (ms from the click), warm: playground ${phases(s.pg.warm)}; bare ${phases(s.bare.warm)}`);
        const ratio = m.pgCold / m.bareCold;
        if (!worst[mode] || ratio > worst[mode].ratio) worst[mode] = {url, ratio, ...m};
      }
    }
    const {click, hover} = worst;
    Object.assign(figures, {
      playgroundFirstResultMs: Math.round(click.pgCold),
      bareSqljsFirstResultMs: Math.round(click.bareCold),
      playgroundRatio: round2(click.pgCold / click.bareCold),
      playgroundFirstResultWarmMs: Math.round(click.pgWarm),
      bareSqljsFirstResultWarmMs: Math.round(click.bareWarm),
      playgroundWarmRatio: round2(click.pgWarm / click.bareWarm),
      playgroundHoverFirstResultMs: Math.round(hover.pgCold),
      bareSqljsHoverFirstResultMs: Math.round(hover.bareCold),
      playgroundHoverRatio: round2(hover.pgCold / hover.bareCold),
      playgroundIntentMs: INTENT_MS,
    });
    return {
      figures,
      rows: [
        {metric: `playground first result, click, cold (ms) ${click.url}`, value: figures.playgroundFirstResultMs, bare: figures.bareSqljsFirstResultMs, ratio: figures.playgroundRatio},
        {metric: `playground first result, click, warm (ms) ${click.url}`, value: figures.playgroundFirstResultWarmMs, bare: figures.bareSqljsFirstResultWarmMs, ratio: figures.playgroundWarmRatio},
        {metric: `playground first result, ${INTENT_MS} ms hover, cold (ms) ${hover.url}`, value: figures.playgroundHoverFirstResultMs, bare: figures.bareSqljsHoverFirstResultMs, ratio: figures.playgroundHoverRatio},
      ],
      goals: [goal('playgroundRatio', figures.playgroundRatio, '<= 1.3'), goal('playgroundWarmRatio', figures.playgroundWarmRatio, '<= 1.3')],
    };
  },
};
