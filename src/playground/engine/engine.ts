// The page's side of the SQL engine: one Web Worker running sql.js (see
// ./playground-worker.js). The page never runs SQL itself; it queues
// requests, keeps the last good copy of every database, and when a statement runs too long (or
// the reader presses Stop) it kills the worker, starts a new one and reopens every database from
// those copies, so they are exactly as they were before that statement.

import {startWorker} from './launch';

export interface QueryResult {
  columns: string[];
  rows: (string | number | null)[][];
  /** Rows the statement produced in all; `rows` holds at most LIMITS.maxRows of them. */
  total: number;
}

export interface ExecOutcome {
  result: QueryResult | null;
  statements: number;
  changes: number;
}

export type Interruption = 'stopped' | 'time-limit' | 'crashed';

export class InterruptedError extends Error {
  constructor(
    readonly why: Interruption,
    detail?: string,
  ) {
    super(
      why === 'stopped'
        ? 'Stopped.'
        : why === 'time-limit'
          ? `Stopped after ${TIME_LIMIT_MS / 1000} s: the statement was still running.`
          : `The SQL engine crashed${detail ? ` (${detail})` : ''}.`,
    );
  }
}

/** Results stay small whatever the query: first rows only, long text shortened. */
export const LIMITS = {maxRows: 100, maxCell: 300, maxSql: 50_000};
export const TIME_LIMIT_MS = 5_000;

interface Pending {
  key?: string;
  resolve: (data: WorkerReply) => void;
  reject: (error: Error) => void;
  /** Settles once the database's new copy is here (or none is coming). */
  saved: {resolve: () => void; reject: (error: Error) => void};
  timer?: ReturnType<typeof setTimeout>;
}

/** A request's reply, and the copy of its database that follows the reply (when one does). */
interface Sent {
  reply: Promise<WorkerReply>;
  saved: Promise<void>;
}

interface WorkerReply {
  id: number;
  ok: boolean;
  error?: string;
  /** A copy of the database follows this reply, in a message of its own. */
  saves?: boolean;
  /** That copy. */
  saved?: Uint8Array;
  result?: QueryResult | null;
  statements?: number;
  changes?: number;
}

/**
 * Starts an engine on the site's own copy of sql.js (`baseUrl`: the site's base URL), in `worker`
 * when the page already started one (see ./launch.ts).
 */
export function startEngine(baseUrl: string, worker?: Worker): SqlEngine {
  return new SqlEngine(() => startWorker(baseUrl), worker);
}

export type EngineEvent = {type: 'busy'; busy: boolean} | {type: 'restarted'; why: Interruption};

export class SqlEngine {
  private worker: Worker | null = null;
  private ready: Promise<void>;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The last good copy of each database, by key (one still at its schema alone has none). */
  private readonly snapshots = new Map<string, Uint8Array>();
  /** Keys open in the current worker. */
  private readonly open = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private disposed = false;
  private listener: (event: EngineEvent) => void = () => {};

  constructor(
    private readonly newWorker: () => Worker,
    firstWorker?: Worker,
  ) {
    this.ready = this.spawn(firstWorker);
  }

  /** Who hears the engine's events from now on (the engine starts before its UI is there). */
  listen(listener: (event: EngineEvent) => void): void {
    this.listener = listener;
  }

  /** Resolves once sql.js is loaded in the worker. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /**
   * Runs `sql` on database `key` (created with `schema` the first time). Requests run one at a
   * time, and are sent at once: the worker takes them in order, so a first query sent while sql.js
   * is still loading runs the moment it has loaded, with no round trip through this page.
   */
  exec(key: string, sql: string, params: (string | number | null)[] = [], schema = ''): Promise<ExecOutcome> {
    return new Promise<ExecOutcome>((resolve, reject) => {
      void this.enqueue(async () => {
        const open = this.ensureOpen(key, schema);
        const run = this.send({type: 'exec', key, sql, params, limits: LIMITS}, TIME_LIMIT_MS);
        // The reader gets the result as soon as it is here; the next request waits for the new
        // copy of the database, so a restart always rebuilds the latest state.
        Promise.all([this.ready, open.reply, run.reply]).then(([, , reply]) => {
          resolve({result: reply.result ?? null, statements: reply.statements ?? 0, changes: reply.changes ?? 0});
        }, reject);
        await Promise.allSettled([this.ready, open.reply, run.reply, run.saved]);
      });
    });
  }

  /** The database as a SQLite file (its last good state). */
  fileOf(key: string, schema = ''): Promise<Uint8Array> {
    return this.enqueue(async () => {
      const open = this.ensureOpen(key, schema);
      const save = this.send({type: 'save', key}, null);
      await Promise.all([this.ready, open.reply, save.reply, save.saved]);
      return this.snapshots.get(key)!.slice();
    });
  }

  /** Interrupts whatever runs now; the databases come back from their last good copies. */
  stop(): void {
    if (this.queued > 0) this.restart('stopped');
  }

  /** Drops every database and starts a fresh engine. */
  reset(): void {
    this.snapshots.clear();
    this.restart('stopped', false);
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(new InterruptedError('stopped'));
  }

  private spawn(worker = this.newWorker()): Promise<void> {
    let started = false;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.worker !== worker) return;
      if (started) {
        this.restart('crashed', true, event.message);
      } else {
        // A worker that cannot even start would crash again: give up and say why.
        worker.terminate();
        this.worker = null;
        this.rejectAll(new Error(`its worker script failed to load or run${event.message ? ` (${event.message})` : ''}`));
      }
    };
    this.worker = worker;
    this.open.clear();
    // Every database comes back from the copy taken after its last successful statement; the
    // requests go right behind `init`, and whatever is sent later runs after them.
    const init = this.request({type: 'init'}, null).then(() => {
      started = true;
    });
    const reopened = [...this.snapshots].map(([key, bytes]) =>
      this.request({type: 'open', key, bytes: bytes.slice()}, null).then(() => {
        this.open.add(key);
      }),
    );
    return Promise.all([init, ...reopened]).then(() => undefined);
  }

  private restart(why: Interruption, announce = true, detail?: string): void {
    if (this.disposed) return;
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(new InterruptedError(why, detail));
    this.ready = this.spawn();
    if (announce)
      this.ready.then(
        () => this.listener({type: 'restarted', why}),
        () => {},
      );
  }

  /** Sends `open` for `key` unless the worker has it. */
  private ensureOpen(key: string, schema: string): Sent {
    if (this.open.has(key)) return {reply: Promise.resolve({id: 0, ok: true}), saved: Promise.resolve()};
    const saved = this.snapshots.get(key);
    const sent = this.send({type: 'open', key, bytes: saved?.slice(), schema: saved ? undefined : schema}, null);
    return {
      reply: sent.reply.then((reply) => {
        this.open.add(key);
        return reply;
      }),
      saved: sent.saved,
    };
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    this.queued++;
    if (this.queued === 1) this.listener({type: 'busy', busy: true});
    const run = this.chain.then(job);
    this.chain = run
      .catch(() => undefined)
      .finally(() => {
        this.queued--;
        if (this.queued === 0) this.listener({type: 'busy', busy: false});
      });
    return run;
  }

  private request(message: Record<string, unknown>, timeLimit: number | null): Promise<WorkerReply> {
    const {reply, saved} = this.send(message, timeLimit);
    saved.catch(() => {});
    return reply;
  }

  private send(message: Record<string, unknown>, timeLimit: number | null): Sent {
    const worker = this.worker;
    if (!worker) {
      const stopped = Promise.reject(new InterruptedError('stopped'));
      stopped.catch(() => {});
      return {reply: stopped, saved: stopped};
    }
    const id = this.nextId++;
    const ready = this.ready;
    let entry!: Pending;
    const saved = new Promise<void>((resolve, reject) => {
      entry = {key: typeof message.key === 'string' ? message.key : undefined, resolve: () => {}, reject: () => {}, saved: {resolve, reject}};
    });
    const reply = new Promise<WorkerReply>((resolve, reject) => {
      entry.resolve = resolve;
      entry.reject = reject;
    });
    this.pending.set(id, entry);
    worker.postMessage({...message, id});
    // The time limit counts from when sql.js is loaded, not while it is still downloading.
    if (timeLimit !== null)
      ready.then(
        () => {
          if (this.pending.get(id) === entry) entry.timer = setTimeout(() => this.restart('time-limit'), timeLimit);
        },
        () => {},
      );
    return {reply, saved};
  }

  private settle(reply: WorkerReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    if (reply.saved) {
      if (entry.key !== undefined) this.snapshots.set(entry.key, reply.saved);
      this.pending.delete(reply.id);
      entry.saved.resolve();
      return;
    }
    clearTimeout(entry.timer);
    if (reply.ok) entry.resolve(reply);
    else entry.reject(new Error(reply.error ?? 'Unknown error'));
    if (reply.ok && reply.saves) return; // stays pending until its copy is here
    this.pending.delete(reply.id);
    entry.saved.resolve();
  }

  private rejectAll(error: Error): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(error);
      entry.saved.reject(error);
    }
    this.pending.clear();
  }
}
