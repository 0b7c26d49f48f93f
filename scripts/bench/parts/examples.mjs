// Every example that runs as an app ("runs": "app" in its handbook.json), on its default sql.js
// databases: `npm start` until its health check answers 200 with every connection ok (median of
// the starts), and one GraphQL query, sequential requests after a warm-up that is not counted.
// The query: for the music-secret suite, one that reads both connections; for another example,
// the last named operation of its smoke file (after running the others once to seed it).
import fs from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {startExample} from '../../../tools/exampleApp.mjs';
import {connectionHealth} from '../../../tools/health.mjs';
import {median, percentile, round1} from '../stats.mjs';

const MUSIC_SECRET_SEED = `mutation {
  artist: createOneArtist(input: {artist: {name: "Bench Artist"}}) { id }
  secret: createOneSecret(input: {secret: {name: "bench", value: "not really"}}) { id }
}`;
const MUSIC_SECRET_READ = `{
  artists(paging: {first: 10}) { edges { node { id name } } }
  secrets(paging: {first: 10}) { edges { node { id name } } }
}`;

/** `operation` is a GraphQL document, or {query, operationName} for one operation of a document holding several. */
async function graphql(url, operation) {
  const payload = typeof operation === 'string' ? {query: operation} : operation;
  const response = await fetch(`${url}/graphql`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(payload)});
  const body = await response.json();
  if (response.status !== 200 || body.errors?.length) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** The seeding operations and the timed query of an example, or undefined when it has none. */
function queriesOf({dir, description}) {
  if (description.suites?.includes('music-secret')) return {seed: [MUSIC_SECRET_SEED], read: MUSIC_SECRET_READ};
  const smoke = description.checks?.smoke;
  if (!smoke) return undefined;
  const query = fs.readFileSync(path.join(dir, smoke), 'utf8');
  const operations = Array.from(query.matchAll(/^\s*(?:query|mutation)\s+(\w+)/gm), (m) => ({query, operationName: m[1]}));
  return operations.length ? {seed: operations.slice(0, -1), read: operations.at(-1)} : undefined;
}

export default {
  id: 'examples',
  title: 'Examples: boot and GraphQL on sql.js',
  async run(ctx) {
    const apps = ctx.examples.filter(({description}) => description.runs === 'app');
    if (apps.length === 0) throw new Error('no example has "runs": "app" in its handbook.json');
    const starts = ctx.quick ? 1 : 3;
    const requests = ctx.quick ? 20 : 200;
    const figures = {};
    const rows = [];
    const errors = [];
    for (const example of apps) {
      const {name, description} = example;
      const boots = [];
      let queries;
      try {
        queries = queriesOf(example);
        for (let round = 0; round < starts; round++) {
          const app = await startExample(name, {}, {health: description.checks?.health, timeoutMs: 120_000, npmStart: true});
          try {
            const connections = connectionHealth(app.health);
            const bad = connections.filter((c) => !c.ok);
            if (!connections.length || bad.length) throw new Error(`${name}: its health check reports connections not ok: ${JSON.stringify(app.health)}`);
            boots.push(app.bootMs);
            ctx.log(`${name}: up in ${Math.round(app.bootMs)} ms`);
            if (round > 0 || !queries) continue;
            for (const operation of queries.seed) await graphql(app.url, operation);
            for (let i = 0; i < 10; i++) await graphql(app.url, queries.read);
            const times = [];
            for (let i = 0; i < requests; i++) {
              const since = performance.now();
              await graphql(app.url, queries.read);
              times.push(performance.now() - since);
            }
            figures[`examples.${name}.graphqlP50Ms`] = round1(percentile(times, 50));
            figures[`examples.${name}.graphqlP95Ms`] = round1(percentile(times, 95));
            ctx.log(`${name}: GraphQL p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${requests} requests`);
          } finally {
            await app.stop();
          }
        }
        figures[`examples.${name}.bootMs`] = Math.round(median(boots));
      } catch (error) {
        errors.push(`${name}: ${error.message.split('\n')[0]}`);
        console.error(`!!! ${name}: ${error.message}`);
      }
      rows.push({metric: `${name}: boot (ms)`, value: figures[`examples.${name}.bootMs`]});
      // An example without read queries in its handbook.json (multi-tenant: the tenant part
      // measures its requests) gets no GraphQL row rather than an empty one.
      if (queries) rows.push({metric: `${name}: GraphQL p50 (ms)`, value: figures[`examples.${name}.graphqlP50Ms`]});
    }
    if (errors.length) throw Object.assign(new Error(errors.join('; ')), {figures, rows});
    return {figures, rows};
  },
};
