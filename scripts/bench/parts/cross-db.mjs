// Bench part: examples/nestjs-cross-db on its default sql.js databases.
//   relation.batched.queries / .p50Ms     artist { secrets } for 100 artists (2 secrets each): SQL
//   relation.unbatched.queries / .p50Ms   statements per request on both connections, and the
//                                         request's median time; unbatched = RELATION_BATCHING=off
//   transaction.p50Ms                     addSecrets (3 secrets in one transaction on `secret`)
// Alone: `node scripts/bench/index.mjs --only cross-db [--quick]`.
import {startExample} from '../../../tools/exampleApp.mjs';
import {connectionHealth} from '../../../tools/health.mjs';

const example = 'nestjs-cross-db';
const hundredArtists = `{ artists(paging: {first: 100}) { edges { node { id secrets { name } } } } }`;
const createWithSecrets = `mutation($input: CreateArtistWithSecrets!) { createArtistWithSecrets(input: $input) { artist { id } } }`;
const addSecrets = `mutation($input: AddSecrets!) { addSecrets(input: $input) { id } }`;

async function graphql(url, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query, variables})});
  const body = await response.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function queries(url) {
  const connections = connectionHealth(await (await fetch(`${url}/health`)).json());
  return connections.reduce((sum, c) => sum + (c.queries ?? 0), 0);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.floor(sorted.length / 2)].toFixed(2));
};

async function timed(action, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await action(i);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function relation(batching, rounds) {
  const app = await startExample(example, batching ? {} : {RELATION_BATCHING: 'off'});
  try {
    for (let i = 0; i < 100; i++) {
      await graphql(app.url, createWithSecrets, {input: {name: `artist ${i}`, secrets: [{name: 'a', value: '1'}, {name: 'b', value: '2'}]}});
    }
    const before = await queries(app.url);
    await graphql(app.url, hundredArtists);
    // Less the two SELECT 1 of the first /health (one per connection).
    const perRequest = (await queries(app.url)) - before - 2;
    await timed(() => graphql(app.url, hundredArtists), 3); // warm-up, not counted
    return {queries: perRequest, p50Ms: await timed(() => graphql(app.url, hundredArtists), rounds)};
  } finally {
    await app.stop();
  }
}

async function transaction(rounds) {
  const app = await startExample(example, {});
  try {
    const {createArtistWithSecrets} = await graphql(app.url, createWithSecrets, {input: {name: 'bench', secrets: [{name: 'seed', value: '0'}]}});
    const artistId = Number(createArtistWithSecrets.artist.id);
    const secrets = (i) => [0, 1, 2].map((k) => ({name: `s${i}-${k}`, value: String(k)}));
    await timed((i) => graphql(app.url, addSecrets, {input: {artistId, secrets: secrets(`warm${i}`)}}), 5);
    return await timed((i) => graphql(app.url, addSecrets, {input: {artistId, secrets: secrets(i)}}), rounds);
  } finally {
    await app.stop();
  }
}

const part = {
  id: 'cross-db',
  title: 'Cross-database example (nestjs-cross-db)',
  async run(ctx) {
    const rounds = ctx.quick ? 10 : 50;
    ctx.log('cross-db: artist { secrets } for 100 artists, batched');
    const batched = await relation(true, rounds);
    ctx.log('cross-db: the same with RELATION_BATCHING=off');
    const unbatched = await relation(false, rounds);
    ctx.log('cross-db: addSecrets (one transaction on secret)');
    const transactionP50 = await transaction(ctx.quick ? 20 : 100);
    return {
      figures: {
        'relation.batched.queries': batched.queries,
        'relation.batched.p50Ms': batched.p50Ms,
        'relation.unbatched.queries': unbatched.queries,
        'relation.unbatched.p50Ms': unbatched.p50Ms,
        'transaction.p50Ms': transactionP50,
      },
      goals: [{name: 'artist { secrets } for 100 artists, batched: SQL statements', value: batched.queries, limit: 2, met: batched.queries <= 2}],
    };
  },
};

export default part;

