import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * The browser tests' world: the built Recourse server (`recourse serve`) on 127.0.0.1 at a free
 * port over a fresh data directory, and Debian's Chromium (never a downloaded browser) with a
 * fresh profile. Every request that would leave 127.0.0.1 is blocked and recorded, so a CDN asset
 * or a stray call fails the tests rather than reaching the network.
 */

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.RECOURSE_CHROMIUM ?? '/usr/bin/chromium';
export const TOKEN = 'e2e-token-0123456789';
export const SHOTS = join(ROOT, 'test-results');

export interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const data = mkdtempSync(join(tmpdir(), 'recourse-e2e-data-'));
  const { DATABASE_URL: _d, ...env } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'dist', 'cli', 'main.js'), 'serve', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: { ...env, RECOURSE_DATA: data, RECOURSE_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /on http:\/\/(?:localhost|127\.0\.0\.1):(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  readonly context: BrowserContext;
  /** Requests the tests blocked because they left 127.0.0.1. */
  readonly offHost: string[];
  close(): Promise<void>;
}

/**
 * A new page of the browser whose console errors and uncaught exceptions are recorded in `errors`,
 * but for a missing favicon and what `expected` matches (a refusal a test provokes on purpose).
 */
export async function watchedPage(browser: Browser, errors: string[], expected?: RegExp): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && !/favicon/.test(text) && !expected?.test(text))
      errors.push(`${page.url()}: ${text}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

export async function startBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'recourse-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const offHost: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:')
      return route.continue();
    offHost.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return {
    context,
    offHost,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = createRequire(import.meta.url)('axe-core') as { source: string };

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core run in the page (evaluated over the DevTools protocol, so the page's CSP stays strict). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE.source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
}

export const serious = (vs: readonly AxeViolation[]) =>
  vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Screenshots of the page at a desktop and a phone width, to test-results/ (looked at by a person). */
export async function screenshots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: true });
  await page.screenshot({ path: join(SHOTS, `${name}-phone-top.png`) });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${name}: the page is ${overflow}px wider than a phone's screen`);
  await page.setViewportSize(size);
}

/** A Recourse server and a Chromium shared by the tests of one file. */
export interface Session {
  readonly server: Server;
  readonly browser: Browser;
}

/**
 * Starts a server and a browser before the file's tests (and the folder for its screenshots),
 * and stops both after them. Call it at the top of a test file; a file's own `beforeAll`, registered
 * after, runs with both started.
 */
export function browserSession(): Session {
  let started: Session | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const [server, browser] = await Promise.all([startServer(), startBrowser()]);
    started = { server, browser };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.stop();
  });
  const get = (): Session => {
    if (!started) throw new Error('the server and the browser start in beforeAll: use them in a test');
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get browser() {
      return get().browser;
    },
  };
}
