import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono, Next } from 'hono';
import { respond } from './headers.js';

/**
 * The web app (web/, built by Vite into dist/web) served at `/`: its files with their types,
 * hashed assets cached for a year (their name changes with their content), and every other page
 * path answered with index.html so the app's own routes (/regimes, /impact, /negotiation) survive a reload.
 * Paths of the API (/v1, /openapi.json, /docs) are never the app's: they fall through to the
 * API's 404.
 */

export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const API_PATH = /^\/(v1(\/|$)|openapi\.json$|docs(\/|$))/;
const YEAR = 'public, max-age=31536000, immutable';

async function fileIn(dir: string, path: string): Promise<string | null> {
  if (path.includes('\0') || path.includes('\\')) return null;
  const full = resolve(dir, `.${path}`);
  if (!full.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
  const s = await stat(full).catch(() => null);
  return s?.isFile() ? full : null;
}

async function send(file: string, cache: string): Promise<Response> {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  return respond(await readFile(file), 200, { 'content-type': type, 'cache-control': cache });
}

/** Registers the app's routes last, after the API's, so the API keeps every path it has. */
export function serveWebApp(app: Hono, dir: string = WEB_DIR): void {
  app.get('*', async (c: Context, next: Next) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    if (API_PATH.test(path)) return next();
    const file = await fileIn(dir, path);
    if (file) return send(file, path.startsWith('/assets/') ? YEAR : 'no-cache');
    // A missing file (a dotted last segment) is a 404; any other path is a page of the app.
    if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return next();
    const index = await fileIn(dir, '/index.html');
    if (index) return send(index, 'no-cache');
    return respond(
      'The web app is not built. Run `npm run build:web` (or `npm start`, which builds it), then reload.\n',
      503,
      { 'content-type': 'text/plain; charset=utf-8' },
    );
  });
}
