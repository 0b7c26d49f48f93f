// The connection playground's SQL engine: sql.js (SQLite in WebAssembly) in a Web Worker, so the
// page's main thread never runs SQL. One SQLite database per key (a connection's database).
//
// Served from the site next to sql.js (see ../plugin.ts) and loaded as a classic worker. The same
// file is `require`d by the unit tests, which run createRunner() on sql.js in Node.
//
// Why it does more than sql.js's own worker.sql-wasm.js:
// - results are capped (first rows + a count) so a huge SELECT cannot flood the page;
// - a statement batch that fails is undone from the last good copy, so bad SQL changes nothing;
// - after every successful batch a fresh copy of the database follows its reply, which the page
//   keeps, so after a runaway query the page can kill this worker and rebuild the databases in a
//   new one. The copy is made after the reply is sent, so the reader's result does not wait for it.
'use strict';

/**
 * @param {import('sql.js').SqlJsStatic} SQL
 */
function createRunner(SQL) {
  // `good` is the last good copy (null: the database is still its schema alone, rebuilt from it);
  // `saved` is false while the copy is older than the database (see save()).
  /** @type {Map<string, {db: import('sql.js').Database, schema: string, good: Uint8Array | null, saved: boolean}>} */
  const databases = new Map();

  function open(key, bytes, schema) {
    close(key);
    const db = bytes ? new SQL.Database(bytes) : new SQL.Database();
    try {
      if (schema && !bytes) db.exec(schema);
    } catch (error) {
      db.close();
      throw error;
    }
    databases.set(key, {db, schema: schema || '', good: bytes || null, saved: true});
  }

  /** A copy of the database as it is now, kept as its last good state. */
  function save(key) {
    const entry = databases.get(key);
    if (!entry) throw new Error(`No database "${key}" is open.`);
    entry.good = entry.db.export();
    entry.saved = true;
    return entry.good.slice();
  }

  function lastGood(entry) {
    if (entry.good) return new SQL.Database(entry.good);
    const db = new SQL.Database();
    if (entry.schema) db.exec(entry.schema);
    return db;
  }

  function close(key) {
    const entry = databases.get(key);
    if (entry) entry.db.close();
    databases.delete(key);
  }

  function cell(value, maxCell) {
    if (value === null || typeof value === 'number') return value;
    if (value instanceof Uint8Array) return `<blob, ${value.length} bytes>`;
    const text = String(value);
    return text.length > maxCell ? `${text.slice(0, maxCell)}… (${text.length} characters)` : text;
  }

  /**
   * Runs every statement of `sql`. Returns the last result that has columns, at most `maxRows`
   * rows of it, and how many rows it had in all. Throws the engine's error after undoing the batch.
   */
  function exec(key, sql, params, limits) {
    const entry = databases.get(key);
    if (!entry) throw new Error(`No database "${key}" is open.`);
    const maxRows = limits.maxRows;
    const maxCell = limits.maxCell;
    if (sql.length > limits.maxSql) throw new Error(`The SQL is ${sql.length} characters long; the limit is ${limits.maxSql}.`);
    if (!entry.saved) save(key); // a failure below must find the state before this batch
    let result = null;
    let statements = 0;
    try {
      for (const stmt of entry.db.iterateStatements(sql)) {
        try {
          if (statements === 0 && params && params.length) stmt.bind(params);
          statements++;
          const columns = stmt.getColumnNames();
          const rows = [];
          let total = 0;
          while (stmt.step()) {
            total++;
            if (rows.length < maxRows) rows.push(stmt.get().map((value) => cell(value, maxCell)));
          }
          if (columns.length > 0) result = {columns, rows, total};
        } finally {
          stmt.free();
        }
      }
    } catch (error) {
      // Undo whatever the batch changed before it failed.
      entry.db.close();
      entry.db = lastGood(entry);
      throw error;
    }
    entry.saved = false;
    return {result, statements, changes: entry.db.getRowsModified()};
  }

  return {open, close, exec, save, has: (key) => databases.has(key)};
}

if (typeof module === 'object' && module.exports) {
  module.exports = {createRunner};
} else {
  // The page hands this worker to its engine once it hears this (see ./launch.ts).
  self.postMessage({type: 'started'});
  // sql.js's wasm: fetched and compiled here from the start, and sent to the page for the workers
  // it starts later, which get it in a message taken the moment it arrives (see ./launch.ts).
  let received;
  const wasm =
    self.name === 'wasm-from-page'
      ? new Promise((resolve) => {
          received = (data) => resolve(data.module);
        })
      : compileWasm();
  wasm.catch(() => {});
  async function compileWasm() {
    const response = await fetch(new URL('sql-wasm.wasm', self.location.href));
    if (!response.ok) throw new Error(`sql-wasm.wasm could not be fetched (HTTP ${response.status})`);
    // Streaming compilation needs the wasm MIME type; a host serving another one gets the slower path.
    const streams = (response.headers.get('content-type') || '').split(';')[0].trim() === 'application/wasm';
    const module = streams ? await WebAssembly.compileStreaming(response) : await WebAssembly.compile(await response.arrayBuffer());
    self.postMessage({type: 'wasm', module});
    return module;
  }
  const loading = (async () => {
    // The site serves this file with sql.js in front of it (see ../plugin.ts).
    if (typeof self.initSqlJs !== 'function') throw new Error('sql.js is missing from the worker file');
    // A wasm that fails to load or link fails `init` instead of leaving it waiting.
    let fail;
    const failed = new Promise((resolve, reject) => {
      fail = reject;
    });
    const SQL = self.initSqlJs({
      instantiateWasm: (imports, done) => {
        wasm.then((module) => WebAssembly.instantiate(module, imports)).then(done, fail);
        return {};
      },
    });
    return Promise.race([SQL, failed]);
  })();
  loading.catch(() => {});
  let runner = null;
  const reply = (message, transfer) => self.postMessage(message, transfer || []);
  // Requests are handled strictly one after another, in the order they came, even while sql.js is
  // still loading, so the page may send `open` and `exec` right behind `init`.
  let queue = Promise.resolve();
  self.onmessage = (event) => {
    if (event.data && event.data.type === 'wasm') return received && received(event.data);
    queue = queue.then(() => handle(event.data));
  };
  async function handle(data) {
    const {id, type} = data;
    try {
      if (type === 'init') {
        const SQL = await loading;
        runner = createRunner(SQL);
        reply({id, ok: true});
        return;
      }
      if (!runner) throw new Error('The SQL engine is not started.');
      if (type === 'open') {
        // No copy follows: the page reopens a database it has no copy of from its schema.
        runner.open(data.key, data.bytes, data.schema);
        reply({id, ok: true});
      } else if (type === 'save') {
        reply({id, ok: true, saves: true});
        const saved = runner.save(data.key);
        reply({id, saved}, [saved.buffer]);
      } else if (type === 'close') {
        runner.close(data.key);
        reply({id, ok: true});
      } else if (type === 'exec') {
        const out = runner.exec(data.key, data.sql, data.params, data.limits);
        reply({id, ok: true, saves: true, ...out});
        const saved = runner.save(data.key);
        reply({id, saved}, [saved.buffer]);
      } else {
        throw new Error(`Unknown request "${type}".`);
      }
    } catch (error) {
      reply({id, ok: false, error: error && error.message ? error.message : String(error)});
    }
  }
}
