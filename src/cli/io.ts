import { readSync } from 'node:fs';
import { UsageError } from './errors.js';

/**
 * Where a command reads and writes: the process's streams when run as `recourse`, buffers when a
 * test drives `main(argv, io)` in-process.
 */
export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
}

export interface Input {
  readonly isTTY: boolean;
  /** All of standard input as text; a usage error naming `what` past `limit` bytes. */
  readAll(limit: number, what: string): string;
}

/**
 * The terminal the interactive prompts read keys from and draw on, when not the process's own
 * (a test's virtual terminal).
 */
export interface PromptStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin: Input;
  /** Where the interactive interview prompts; absent: the process's standard input and output. */
  readonly terminal?: PromptStreams;
}

/** The largest input Recourse reads (a file or standard input): incidents are a few kilobytes. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** The refusal of an input over the limit; `bytes` is its size where known (a file), else null. */
export const tooLarge = (what: string, bytes: number | null) =>
  new UsageError(
    `${what}: the input is ${bytes === null ? 'over' : `${(bytes / 1024 / 1024).toFixed(1)} MB, over`} the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit; an incident is a few kilobytes`,
  );

/** Waits a little without spinning (standard input open non-blocking, nothing there yet). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Reads file descriptor 0 to its end, refusing more than `limit` bytes without holding them. */
function readStdin(limit: number, what: string): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause(10);
        continue;
      }
      if (code === 'EOF') break;
      throw new UsageError(`${what}: standard input cannot be read (${code ?? String(e)})`);
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw tooLarge(what, null);
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The running process's streams. */
export function processIo(): Io {
  return {
    stdout: { write: (t) => void process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) },
    stdin: { isTTY: Boolean(process.stdin.isTTY), readAll: readStdin },
  };
}
