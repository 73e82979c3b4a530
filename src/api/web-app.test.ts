import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './web-app.js';

/** The web app's files as the server serves them: types, caching, the app's own paths, and nothing else. */

const dir = mkdtempSync(join(tmpdir(), 'recourse-web-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(dir, 'assets', 'index-abc123.css'), 'body{}');
writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(tmpdir(), 'recourse-web-secret.txt'), 'secret');

const app = new Hono();
app.get('/v1/health', (c) => c.json({ status: 'ok' }));
serveWebApp(app, dir);
app.notFound((c) => c.json({ title: 'Not found' }, 404));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serveWebApp', () => {
  it('serves hashed assets with their type and a year of cache', async () => {
    const js = await app.request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    // The server's strict policy, which lets the app run its own scripts and call its own API only.
    expect(js.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; script-src 'self'; connect-src 'self'/,
    );
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const css = await app.request('/assets/index-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const svg = await app.request('/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers the app’s own paths with index.html, never cached', async () => {
    for (const path of [
      '/',
      '/regimes',
      '/impact',
      '/agency',
      '/negotiation',
      '/news',
      '/?case=garner-2014',
    ]) {
      const r = await app.request(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(await r.text()).toContain('<title>app</title>');
    }
  });

  it('leaves the API its paths and its 404, and a missing file is a 404', async () => {
    expect(await (await app.request('/v1/health')).json()).toEqual({ status: 'ok' });
    for (const path of [
      '/v1/nothing',
      '/v1',
      '/openapi.json',
      '/docs',
      '/assets/missing.js',
      '/robots.txt',
      '/%E0%A4%A',
    ])
      expect((await app.request(path)).status, path).toBe(404);
  });

  it('never serves a file outside its directory', async () => {
    for (const path of [
      '/../recourse-web-secret.txt',
      '/%2e%2e/recourse-web-secret.txt',
      '/assets/..%2f..%2frecourse-web-secret.txt',
    ]) {
      const r = await app.request(path);
      expect(await r.text(), path).not.toContain('secret');
    }
  });

  it('says how to build the app when it is not built', async () => {
    const bare = new Hono();
    serveWebApp(bare, join(dir, 'not-built'));
    const r = await bare.request('/');
    expect(r.status).toBe(503);
    expect(await r.text()).toMatch(/npm run build:web/);
  });
});
