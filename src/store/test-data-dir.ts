import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { bundledCasesDigest, openStore } from './open.js';

/**
 * Test plumbing: PGlite data directories that start initialised. A fresh PGlite runs initdb and
 * the migrations, 5 to 6 s of CPU each time; copying a data directory that already went through
 * them (and holds the bundled cases) and opening the copy costs about 1 s. The template is made
 * once by `openStore` itself and kept under node_modules/.cache, named by a digest of what it
 * depends on (the PGlite version, the migrations, the bundled cases' digest as the store records
 * it), so a change of any of them makes a new one. The suite's global setup makes it beside the build (test/build-once.ts).
 */

const ROOT = join(import.meta.dirname, '..', '..');

/** Every file under `dir`, by its path relative to `dir`, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** Where the template for this PGlite, these migrations and these bundled cases lives. */
export function templatePath(): string {
  const digest = createHash('sha256');
  digest.update(readFileSync(join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  for (const file of filesUnder(join(ROOT, 'drizzle'))) {
    digest.update(`\0${relative(ROOT, file)}\0`);
    digest.update(readFileSync(file));
  }
  // The digest the store itself records for the bundled cases: a template made before it changed
  // (what it covers, or how it is computed) would make every copy load the cases again.
  digest.update(`\0bundled-cases\0${bundledCasesDigest(join(ROOT, 'data', 'cases'))}`);
  return join(ROOT, 'node_modules', '.cache', 'recourse-test', `pglite-${digest.digest('hex').slice(0, 16)}`);
}

let template: Promise<string> | null = null;

/** The template data directory, made now if this machine has none for this version yet. */
export function pgliteTemplate(): Promise<string> {
  template ??= makeTemplate();
  return template;
}

async function makeTemplate(): Promise<string> {
  const dir = templatePath();
  if (existsSync(dir)) return dir;
  mkdirSync(dirname(dir), { recursive: true });
  // Made aside and renamed into place: a run that stops half-way, or a second run making it at
  // the same time, never leaves a half-made template under the final name.
  const making = mkdtempSync(`${dir}.making-`);
  try {
    const store = await openStore({ dataDir: making });
    await store.close();
    renameSync(making, dir);
  } catch (e) {
    rmSync(making, { recursive: true, force: true });
    if (!existsSync(dir)) throw e;
  }
  return dir;
}

/** A new data directory (for RECOURSE_DATA or `openStore({ dataDir })`), a copy of the template. */
export async function freshDataDir(prefix = 'recourse-data-'): Promise<string> {
  const from = await pgliteTemplate();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(from, dir, { recursive: true });
  return dir;
}
