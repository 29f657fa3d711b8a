import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { packagePath } from '../package-files.js';

/** dist/web, where `npm run build:web` puts the front end. */
export function defaultWebRoot(): string {
  return packagePath('dist/web');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Verbatim</title>
<p>The Verbatim web page is not built yet. Run <code>npm run build:web</code> in the project folder,
then reload. (The API under <code>/api</code> works already.)</p>`;

/**
 * Serves the built front end: index.html at /, hashed files under /assets/ (cached for a year).
 * Only files inside the web root are read; anything that tries to climb out is a 404.
 */
export function staticRoutes(webRoot: string | null): Hono {
  const r = new Hono();
  const root = webRoot ? path.resolve(webRoot) : null;

  r.get('*', async (c) => {
    if (!root || !existsSync(path.join(root, 'index.html'))) return c.html(NOT_BUILT, 503);
    let requested: string;
    try {
      requested = decodeURIComponent(c.req.path);
    } catch {
      return c.text('Not found', 404);
    }
    const relative = requested === '/' ? 'index.html' : requested.replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return c.text('Not found', 404);
    const type = TYPES[path.extname(file)];
    const body = type ? await readFile(file).catch(() => null) : null;
    if (!body) return c.text('Not found', 404);
    const immutable = relative.startsWith('assets/');
    return c.body(body, 200, {
      'Content-Type': type!,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });

  return r;
}
