// The `import` half of tools/moduleGuard.cjs: Node runs these hooks on the loader's own thread.
/** @type {string} */
let base;

/** @param {{base: string}} data */
export function initialize(data) {
  base = data.base;
}

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  // A preload or entry point named on the command line is resolved from the folder (a URL ending in "/").
  if (context.parentURL?.startsWith(base) && !context.parentURL.endsWith('/') && result.url.startsWith('file:') && !result.url.startsWith(base)) {
    throw new Error(
      `${result.url} was loaded from outside the example (${base}), by ${context.parentURL}: add the package that provides it to the example's package.json`,
    );
  }
  return result;
}
