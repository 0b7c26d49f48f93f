// Preloaded into every Node process started in a standalone example (NODE_OPTIONS=--require, set
// by tools/standaloneExample.mjs): a module that the example's own code or packages load from
// outside the example's folder is an error naming both, because a reader's copy would not have it.
// CommonJS and --require, because an --import preload makes Node 20 load a CommonJS entry point
// (ts-node's src/main.ts) as ESM.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const {pathToFileURL} = require('node:url');

/** The example: the folder of the copies (EXAMPLES_COPY_ROOT) that the process started in. */
function exampleDir() {
  const copies = process.env.EXAMPLES_COPY_ROOT && path.resolve(process.env.EXAMPLES_COPY_ROOT);
  const relative = copies ? path.relative(copies, process.cwd()) : '..';
  if (!copies || !relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return path.join(copies, relative.split(path.sep)[0]);
}

const dir = exampleDir();
if (dir) {
  const inside = (file) => file === dir || file.startsWith(dir + path.sep);
  // `require` resolves through Module._resolveFilename.
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const file = resolveFilename.call(this, request, parent, ...rest);
    if (parent?.filename && inside(parent.filename) && path.isAbsolute(file) && !inside(file)) {
      throw new Error(
        `${file} was loaded from outside the example (${dir}), by ${parent.filename}: add the package that provides it to the example's package.json`,
      );
    }
    return file;
  };
  // The same for `import`, on the loader's own thread (tools/moduleGuardHooks.mjs).
  Module.register?.(pathToFileURL(path.join(__dirname, 'moduleGuardHooks.mjs')), {data: {base: pathToFileURL(dir).href + '/'}});
}
