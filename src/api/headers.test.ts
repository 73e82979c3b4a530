import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { SECURE_HEADERS_OPTIONS, SECURITY_HEADERS } from './headers.js';

/** The security headers, and CORS when it is configured (no store needed: an in-memory stand-in). */

const noStore = { description: 'memory:test' } as unknown as Store;

describe('security headers', () => {
  it("are exactly those Hono's secure-headers middleware sets with our options", async () => {
    const probe = new Hono();
    probe.use(secureHeaders(SECURE_HEADERS_OPTIONS));
    probe.get('/', () => new Response('x'));
    const res = await probe.request('/');
    const set = Object.fromEntries([...res.headers].filter(([k]) => k !== 'content-type'));
    expect(SECURITY_HEADERS).toEqual(set);
  });
});

describe('CORS', () => {
  const app = createApp({ store: noStore, corsOrigins: ['https://app.example'] });

  it('answers a configured origin, preflight included', async () => {
    const res = await app.request('/v1/health', { headers: { origin: 'https://app.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const preflight = await app.request('/v1/scenarios', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('says nothing to any other origin', async () => {
    const res = await app.request('/v1/health', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
