// Starting the playground's worker. The first worker fetches and compiles sql.js's wasm itself,
// from its first moment, like sql.js's own worker, and sends the compiled module back: a worker
// started again after Stop gets that module and compiles nothing.

/** A file of the playground's assets (`baseUrl`: the site's base URL). */
const assetUrl = (baseUrl: string, file: string): string => new URL(`${baseUrl}${__SQLJS_ASSETS_DIR__}${file}`, window.location.href).href;

/** The worker's name when the page sends it the compiled wasm (see ./playground-worker.js). */
const WASM_FROM_PAGE = 'wasm-from-page';

let compiled: WebAssembly.Module | undefined;

/**
 * Resolves once `worker` runs (true: its first message, which it sends first thing) or has failed
 * to start (false): a failure that came before anyone listened for it cannot go unheard.
 */
export function whenRunning(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    worker.addEventListener('message', () => resolve(true), {once: true});
    worker.addEventListener('error', () => resolve(false), {once: true});
  });
}

/** A new worker running sql.js, given the compiled wasm when a worker before it compiled it. */
export function startWorker(baseUrl: string): Worker {
  const url = assetUrl(baseUrl, 'playground-worker.js');
  if (compiled) {
    const worker = new Worker(url, {name: WASM_FROM_PAGE});
    worker.postMessage({type: 'wasm', module: compiled});
    return worker;
  }
  const worker = new Worker(url);
  worker.addEventListener('message', (event: MessageEvent<{type?: string; module?: WebAssembly.Module}>) => {
    if (event.data?.type === 'wasm') compiled = event.data.module;
  });
  return worker;
}
