import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir } from '../store/test-data-dir.js';

/**
 * `recourse serve` as a user runs it: the built command, on a port, until SIGTERM. (A bad port is
 * refused before anything starts: that refusal is in cli.test.ts, in-process.)
 */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.recourse as string);

describe('recourse serve', () => {
  it('serves the API on the port asked, prints where, and stops cleanly on SIGTERM', async () => {
    // An initialised copy (test-data-dir.ts): the server starts without running initdb.
    const data = await freshDataDir('recourse-serve-');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, RECOURSE_DATA: data, DATABASE_URL: '' },
    });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          const m = /Recourse API on (http:\/\/localhost:\d+)/.exec(out);
          if (m) resolve(m[1] as string);
        });
        child.on('exit', (code) => reject(new Error(`serve stopped with ${code}: ${out}`)));
      });
      expect(out).toContain(`docs: ${url}/docs`);
      const health = await fetch(`${url.replace('localhost', '127.0.0.1')}/v1/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', store: 'pglite' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      // A failed assertion leaves no server running after the test.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);
});
