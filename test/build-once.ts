import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pgliteTemplate } from '../src/store/test-data-dir.js';

/**
 * Before the suite: build the command once (the CLI tests run the built command as a user would),
 * and, at the same time on the other core, the initialised PGlite data directory the store tests
 * copy (made only when this machine has none for this PGlite, migrations and cases).
 *
 * The build is skipped when dist/ is the output of a build of these very sources: a stamp under
 * node_modules/.cache records a digest of what tsc reads (the sources it compiles, the tsconfigs,
 * the TypeScript version) and a digest of the dist/ it left (every file's path, size and mtime).
 * A source changed, a dist/ rebuilt or edited by anything else, or a fresh clone (no stamp):
 * tsc runs as before. The check reads about 200 files; tsc costs several seconds of CPU.
 */

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(ROOT, 'node_modules', '.cache', 'recourse-test', 'build-stamp.json');

/** Every file under `dir`, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** What tsc -p tsconfig.build.json reads: its configs, the compiler's version, the sources. */
function inputsDigest(typescript: string): string {
  const digest = createHash('sha256');
  const sources = filesUnder(join(ROOT, 'src')).filter(
    (f) => !f.endsWith('.test.ts') && !f.endsWith('testkit.ts'),
  );
  for (const file of [
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'tsconfig.build.json'),
    join(typescript, 'package.json'),
    ...sources,
  ]) {
    digest.update(`\0${relative(ROOT, file)}\0`);
    digest.update(readFileSync(file));
  }
  return digest.digest('hex');
}

/** What the build left in dist/: each file's path, size and modification time. */
function outputDigest(): string | null {
  if (!existsSync(join(DIST, 'cli', 'main.js'))) return null;
  const digest = createHash('sha256');
  for (const file of filesUnder(DIST)) {
    const s = statSync(file);
    digest.update(`${relative(DIST, file)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return digest.digest('hex');
}

function readStamp(): { inputs: string; output: string } | null {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as { inputs: string; output: string };
  } catch {
    return null;
  }
}

function tsc(typescript: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [join(typescript, 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the build failed (tsc exit ${code})`)),
    );
  });
}

async function buildUnlessUpToDate(): Promise<void> {
  const typescript = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  const inputs = inputsDigest(typescript);
  const stamp = readStamp();
  if (stamp !== null && stamp.inputs === inputs && stamp.output === outputDigest()) return;
  await tsc(typescript);
  const output = outputDigest();
  if (output === null) throw new Error('the build left no dist/cli/main.js');
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ inputs, output }));
}

export default async function setup() {
  await Promise.all([buildUnlessUpToDate(), pgliteTemplate()]);
}
