// The playground, from the click on "Start playground" to the first query result in the page
// (median of the rounds), next to a bare page that starts sql.js's own worker.sql-wasm.js, served
// by the same server with the same headers, running the same schema and query. Cold = a new
// browser context, warm = the same context opening the page again. Each page whose playground
// starts on a schema and query no page before it did is measured; the worst cold ratio is shown.
// The pointer rests on the button for INTENT_MS (BENCH_INTENT_MS, default 200) before the click,
// on both sides, as a reader's does; the click-to-result time starts at the click.
import {fileFor} from '../server.mjs';
import {INTENT_MS, bareOnce, captureFirstQuery, coldAndWarm, medianPhases, playgroundOnce, playgroundPages} from '../playground.mjs';
import {goal, median, round2} from '../stats.mjs';

export default {
  id: 'playground',
  title: 'Playground: click to first result, cold and warm, next to bare sql.js',
  async run(ctx) {
    const sites = await ctx.site.ready();
    const {siteServer} = sites;
    const pages = playgroundPages(sites, fileFor);
    if (pages.length === 0) throw new Error('no guide page has the "Connection playground" region with "Start playground"');
    const browser = await ctx.browser();
    const rounds = Number(process.env.BENCH_ROUNDS ?? (ctx.quick ? 1 : 5));
    const figures = {};
      let worst;
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
        const samples = {pg: {cold: [], warm: []}, bare: {cold: [], warm: []}};
        for (let round = 0; round < rounds; round++) {
          // Alternate which side goes first, so neither always runs on a busier moment.
          const order = round % 2 ? ['bare', 'pg'] : ['pg', 'bare'];
          for (const side of order) {
            const {cold, warm} = await coldAndWarm(browser, (page) => (side === 'pg' ? playgroundOnce(page, siteServer.url + url) : bareOnce(page, bareUrl)));
            samples[side].cold.push(cold);
            samples[side].warm.push(warm);
          }
        }
        const ms = (starts) => median(starts.map((s) => s.ms));
        const m = {pgCold: ms(samples.pg.cold), pgWarm: ms(samples.pg.warm), bareCold: ms(samples.bare.cold), bareWarm: ms(samples.bare.warm)};
        // Where the time goes, side by side: ms from the click to each phase's end (median).
        for (const [side, prefix] of [['pg', 'playgroundPhasesMs'], ['bare', 'bareSqljsPhasesMs']]) {
          for (const run of ['cold', 'warm']) {
            for (const [phase, value] of Object.entries(medianPhases(samples[side][run], median))) figures[`pages.${url}.${prefix}.${run}.${phase}`] = value;
          }
        }
        Object.assign(figures, {
          [`pages.${url}.playgroundFirstResultMs`]: Math.round(m.pgCold),
          [`pages.${url}.bareSqljsFirstResultMs`]: Math.round(m.bareCold),
          [`pages.${url}.playgroundFirstResultWarmMs`]: Math.round(m.pgWarm),
          [`pages.${url}.bareSqljsFirstResultWarmMs`]: Math.round(m.bareWarm),
        });
        const all = (xs) => xs.map((x) => Math.round(x.ms)).join(' ');
        const phases = (starts) => Object.entries(medianPhases(starts, median)).map(([k, v]) => `${k} ${v}`).join(', ');
        ctx.log(`${url} (query: ${job.sql.replace(/\s+/g, ' ').slice(0, 60)})`);
        ctx.log(`  playground cold ${all(samples.pg.cold)} | warm ${all(samples.pg.warm)}`);
        ctx.log(`  bare sql.js cold ${all(samples.bare.cold)} | warm ${all(samples.bare.warm)}`);
        ctx.log(`  phases (ms from the click), cold: playground ${phases(samples.pg.cold)}; bare ${phases(samples.bare.cold)}`);
        ctx.log(`  phases (ms from the click), warm: playground ${phases(samples.pg.warm)}; bare ${phases(samples.bare.warm)}`);
        const ratio = m.pgCold / m.bareCold;
        if (!worst || ratio > worst.ratio) worst = {url, ratio, ...m};
      }
          Object.assign(figures, {
        playgroundFirstResultMs: Math.round(worst.pgCold),
        bareSqljsFirstResultMs: Math.round(worst.bareCold),
        playgroundRatio: round2(worst.pgCold / worst.bareCold),
        playgroundFirstResultWarmMs: Math.round(worst.pgWarm),
        bareSqljsFirstResultWarmMs: Math.round(worst.bareWarm),
        playgroundWarmRatio: round2(worst.pgWarm / worst.bareWarm),
        playgroundIntentMs: INTENT_MS,
      });
    const page = ` ${worst.url}`;
    return {
      figures,
      rows: [
        {metric: `playground first result, cold (ms)${page}`, value: figures.playgroundFirstResultMs, bare: figures.bareSqljsFirstResultMs, ratio: figures.playgroundRatio},
        {metric: `playground first result, warm (ms)${page}`, value: figures.playgroundFirstResultWarmMs, bare: figures.bareSqljsFirstResultWarmMs, ratio: figures.playgroundWarmRatio},
      ],
      goals: [goal('playgroundRatio', figures.playgroundRatio, '<= 1.3'), goal('playgroundWarmRatio', figures.playgroundWarmRatio, '<= 1.3')],
    };
  },
};
