import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pgliteTemplate } from '../src/store/test-data-dir.js';

/**
 * Before the suite: build the command once (the CLI tests run the built command as a user would),
 * and, at the same time on the other core, the initialised PGlite data directory the store tests
 * copy (made only when this machine has none for this PGlite, migrations and cases).
 */
export default async function setup() {
  const typescript = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  const build = new Promise<void>((resolve, reject) => {
    const tsc = spawn(process.execPath, [join(typescript, 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      stdio: 'inherit',
    });
    tsc.on('error', reject);
    tsc.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the build failed (tsc exit ${code})`)),
    );
  });
  await Promise.all([build, pgliteTemplate()]);
}
