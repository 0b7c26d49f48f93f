// Starting the playground's worker. The page fetches and compiles sql.js's wasm once, from the
// click on, and gives the compiled module to every worker it starts: the first one gets it while
// its own script still loads, and one started again after Stop compiles nothing.

/** A file of the playground's assets (`baseUrl`: the site's base URL). */
const assetUrl = (baseUrl: string, file: string): string => new URL(`${baseUrl}${__SQLJS_ASSETS_DIR__}${file}`, window.location.href).href;

/** sql.js's wasm, fetched and compiled (the browser compiles it off this thread). */
export async function compileSqlJs(baseUrl: string): Promise<WebAssembly.Module> {
  const response = await fetch(assetUrl(baseUrl, 'sql-wasm.wasm'));
  if (!response.ok) throw new Error(`sql-wasm.wasm could not be fetched (HTTP ${response.status})`);
  // Streaming compilation needs the wasm MIME type; a host serving another one gets the slower path.
  if ((response.headers.get('content-type') ?? '').split(';')[0].trim() !== 'application/wasm') {
    return WebAssembly.compile(await response.arrayBuffer());
  }
  return WebAssembly.compileStreaming(response);
}

/** A new worker, sent the compiled wasm (or why there is none) the moment it is there. */
export function startWorker(baseUrl: string, wasm: Promise<WebAssembly.Module>): Worker {
  const worker = new Worker(assetUrl(baseUrl, 'playground-worker.js'));
  wasm.then(
    (module) => worker.postMessage({type: 'wasm', module}),
    (error: Error) => worker.postMessage({type: 'wasm', error: error.message}),
  );
  return worker;
}
