import { type Io, tooLarge } from './io.js';
import { main } from './main.js';

/**
 * Test plumbing: the whole command line run in-process through `main(argv, io)`, its output
 * captured, standard input given as text. Tests of what a command prints use this; a few tests
 * still run the built binary to check the binary itself (tests named so in binary.test.ts).
 */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  args: readonly string[],
  options: { readonly stdin?: string; readonly tty?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      write: (t) => {
        stdout += t;
      },
      isTTY: false,
    },
    stderr: {
      write: (t) => {
        stderr += t;
      },
      isTTY: false,
    },
    stdin: {
      isTTY: options.tty ?? false,
      readAll: (limit, what) => {
        const text = options.stdin ?? '';
        // As the process does: standard input is refused once past the limit, its size unknown.
        if (Buffer.byteLength(text) > limit) throw tooLarge(what, null);
        return text;
      },
    },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
