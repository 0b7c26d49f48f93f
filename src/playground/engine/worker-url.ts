/** Where the site serves the playground's worker (`baseUrl`: the site's base URL). */
export const workerUrl = (baseUrl: string): string => new URL(`${baseUrl}${__SQLJS_ASSETS_DIR__}playground-worker.js`, window.location.href).href;
