// A static server for a build, as a host would serve it: gzip for text and wasm, HTML
// revalidated (no-cache + ETag), everything else cacheable for a year. Both sides of every
// comparison get the same server and the same headers.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** The file a URL path maps to under `mounts` ([prefix, dir], longest prefix first), or null. */
export function fileFor(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const candidate = path.resolve(dir, `.${urlPath.slice(prefix.length - 1)}`);
    if (!candidate.startsWith(dir)) return null;
    for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
      if (fs.statSync(file, {throwIfNoEntry: false})?.isFile()) return file;
    }
    return null;
  }
  return null;
}

/** Serves `mounts` on a free port of 127.0.0.1: {url, mounts, close()}. */
export function startServer(mounts) {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = fileFor(mounts, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      file = fileFor(mounts, '/404.html');
      if (!file) return res.writeHead(404).end('Not found');
    }
    const ext = path.extname(file);
    let entry = cache.get(file);
    if (!entry) {
      const body = fs.readFileSync(file);
      entry = {body, gzip: COMPRESSIBLE.has(ext) ? zlib.gzipSync(body) : null, etag: `"${crypto.createHash('sha1').update(body).digest('hex').slice(0, 16)}"`};
      cache.set(file, entry);
    }
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
      etag: entry.etag,
      vary: 'accept-encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === entry.etag) return res.writeHead(304, headers).end();
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(status, {...headers, ...(gzip ? {'content-encoding': 'gzip'} : {}), 'content-length': body.length});
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({url, mounts, close: () => new Promise((done) => server.close(done))});
    });
  });
}
