import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The built `recourse` binary itself, end to end in a child process: what only a real process
 * shows (its exit code, its streams, its current directory, standard input, memory). Everything
 * a command prints is tested in-process through main(argv, io) in the other files (the error for a
 * 2 MB binary file is in cli.test.ts). The processes are independent: each describe runs its
 * tests side by side.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BIN = join(ROOT, PACKAGE.bin.recourse as string);
const dir = mkdtempSync(join(tmpdir(), 'recourse-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end, `input` on its standard input; its exit code and output. */
function run(
  command: string,
  args: readonly string[],
  options: { input?: string | Buffer; cwd?: string } = {},
): Promise<Run> {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  // A command that refuses its input may stop reading it: the pipe closing early is not an error.
  child.stdin.on('error', () => {});
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const recourse = (args: string[], options: { input?: string | Buffer; cwd?: string } = {}) =>
  run(process.execPath, [BIN, ...args], options);

describe.concurrent('the recourse binary', () => {
  it('-V prints the version; a bare recourse prints the usage to stderr and exits 2', async () => {
    const [version, bare] = await Promise.all([recourse(['-V']), recourse([])]);
    expect(version).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: recourse/);
  });

  it('- reads the incident from its standard input', async () => {
    const garner = readFileSync(join(ROOT, 'data', 'cases', 'garner-2014.yaml'));
    const r = await recourse(['evaluate', '-', '--regime', 'current', '--json'], { input: garner });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ incident: 'garner-2014', regime: 'current' });
  });

  it('standard input over 5 MB is refused', async () => {
    const r = await recourse(['evaluate', '-'], { input: Buffer.alloc(6 * 1024 * 1024, 'a') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standard input: the input is over the 5 MB limit');
  });

  it('a 50 MB file is refused at once, without reading it', async () => {
    const path = join(dir, 'huge.yaml');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const r = await run('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'evaluate', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`\n  ${path}: the input is 50.0 MB, over the 5 MB limit`);
    // Peak memory in kilobytes, the last line /usr/bin/time writes: far below the file's size.
    const peak = Number(r.stderr.trim().split('\n').at(-1));
    if (Number.isFinite(peak)) expect(peak).toBeLessThan(200_000);
    rmSync(path);
  });
});

describe.concurrent('recourse from a folder outside the repository, as an installed package', () => {
  // What `npm install` does: the package under node_modules, its bin linked and executable.
  const project = join(dir, 'elsewhere');
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules', 'recourse'));
  symlinkSync(
    join('..', 'recourse', PACKAGE.bin.recourse),
    join(project, 'node_modules', '.bin', 'recourse'),
  );
  chmodSync(BIN, 0o755);
  const npx = (...args: string[]) => run('npx', ['--no', '--', 'recourse', ...args], { cwd: project });

  it('npx recourse impact --json reads the bundled cases', async () => {
    const r = await npx('impact', '--json', '--regime', 'current');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ baseline: 'current', cases: 28, errors: [] });
  });

  it('npx recourse diff current gfjpa-2021 counts the bundled cases', async () => {
    const r = await npx('diff', 'current', 'gfjpa-2021');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cases whose routes differ \(\d+ route changes\)/);
    expect(r.stdout).toContain('kisela-hughes-2010 officerSuit');
  });

  it('npx recourse impact --synthetic 10000 reads the bundled parameters', async () => {
    const r = await npx('impact', '--synthetic', '10000');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^MODEL ESTIMATES, not observations: 10,000 synthetic fatal police shootings/);
  });
});
