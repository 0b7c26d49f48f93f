// @ts-check
// Checks one example's handbook.json (the fields are described, with their types, in
// src/lib/exampleDescription.ts). Plain JavaScript so that scripts run it without a compiler;
// TypeScript code imports it through src/lib/exampleDescription.ts.

/** @typedef {import('../src/lib/exampleDescription.ts').ExampleDescription} ExampleDescription */

const RUNS = ['app', 'typecheck'];
const SERVERS = ['postgres', 'mariadb', 'mysql'];
const REQUIRED = ['title', 'summary', 'family', 'version', 'open', 'runs', 'env'];
const KNOWN = [...REQUIRED, 'checks', 'servers', 'playground', 'suites', 'node'];

export class ExampleDescriptionError extends Error {
  /**
   * @param {string} file where the description is, as the reader names it (examples/x/handbook.json)
   * @param {string} problem what is wrong, naming the field
   */
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.name = 'ExampleDescriptionError';
    this.file = file;
  }
}

/**
 * The description in `text`, checked field by field; throws an ExampleDescriptionError naming
 * `file` and the first field that is wrong.
 * @param {string} text
 * @param {string} file
 * @returns {ExampleDescription}
 */
export function parseExampleDescription(text, file) {
  const fail = (/** @type {string} */ problem) => {
    throw new ExampleDescriptionError(file, problem);
  };
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON (${/** @type {Error} */ (error).message})`);
  }
  if (!isObject(data)) return fail('must hold one JSON object ({"title": ..., "summary": ..., ...})');
  for (const field of REQUIRED) if (!(field in data)) fail(`"${field}" is missing`);
  for (const field of Object.keys(data)) {
    if (!KNOWN.includes(field)) fail(`"${field}" is not a known field (known: ${KNOWN.join(', ')})`);
  }
  for (const field of ['title', 'summary', 'family', 'version', 'open']) requireText(data, field, fail);
  if (!RUNS.includes(/** @type {string} */ (data.runs))) fail(`"runs" must be ${RUNS.map((r) => `"${r}"`).join(' or ')}, not ${JSON.stringify(data.runs)}`);
  if (isRelativePath(data.open) === false) fail(`"open" must be a path inside the example (like "src/main.ts"), not ${JSON.stringify(data.open)}`);

  if (!isObject(data.env)) fail('"env" must be an object: {"VARIABLE": "what it does"}');
  for (const [name, what] of Object.entries(/** @type {object} */ (data.env))) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) fail(`"env": ${JSON.stringify(name)} is not an environment variable name (A-Z, 0-9, _)`);
    if (typeof what !== 'string' || !what.trim()) fail(`"env.${name}" must say what the variable does (a non-empty string)`);
  }

  if ('checks' in data) {
    if (!isObject(data.checks)) fail('"checks" must be an object: {"health": "/health", "smoke": "try-it.graphql"}');
    const checks = /** @type {Record<string, unknown>} */ (data.checks);
    for (const key of Object.keys(checks)) if (!['health', 'smoke'].includes(key)) fail(`"checks.${key}" is not a known check (health, smoke)`);
    if ('health' in checks && (typeof checks.health !== 'string' || !checks.health.startsWith('/'))) {
      fail(`"checks.health" must be a URL path starting with "/", not ${JSON.stringify(checks.health)}`);
    }
    if ('smoke' in checks && !isRelativePath(checks.smoke)) fail(`"checks.smoke" must be a file of the example, not ${JSON.stringify(checks.smoke)}`);
    if (data.runs !== 'app' && Object.keys(checks).length > 0) fail('"checks" only apply to "runs": "app" (a typecheck example is never started)');
  }
  if ('servers' in data) {
    const servers = data.servers;
    if (!Array.isArray(servers) || servers.length === 0) fail(`"servers" must be a non-empty list of ${SERVERS.join(', ')}`);
    for (const server of /** @type {unknown[]} */ (servers)) {
      if (!SERVERS.includes(/** @type {string} */ (server))) fail(`"servers": ${JSON.stringify(server)} is not one of ${SERVERS.join(', ')}`);
    }
  }
  if ('playground' in data) requireText(data, 'playground', fail);
  if ('suites' in data) {
    const suites = data.suites;
    if (!Array.isArray(suites) || suites.some((s) => typeof s !== 'string' || !s)) fail('"suites" must be a list of suite names (strings)');
  }
  if ('node' in data) {
    const node = data.node;
    if (!Array.isArray(node) || node.length === 0 || node.some((v) => typeof v !== 'string' || !/^\d+(\.\d+){0,2}$/.test(v))) {
      fail(`"node" must be a non-empty list of Node versions ("20.19.0", "24"), not ${JSON.stringify(node)}`);
    }
  }
  return /** @type {ExampleDescription} */ (/** @type {unknown} */ (data));
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {Record<string, unknown>} data
 * @param {string} field
 * @param {(problem: string) => never} fail
 */
function requireText(data, field, fail) {
  const value = data[field];
  if (typeof value !== 'string' || !value.trim()) fail(`"${field}" must be a non-empty string, not ${JSON.stringify(value)}`);
}

/** @param {unknown} value */
function isRelativePath(value) {
  return typeof value === 'string' && value !== '' && !value.startsWith('/') && !value.split('/').includes('..');
}
