import { PassThrough, Writable } from 'node:stream';
import type { Io } from './io.js';
import { main } from './main.js';

/**
 * Test plumbing: a terminal in memory, for the interactive interview run in-process through
 * `main(argv, io)`. The prompts read the keys a test presses and draw on it with the cursor moves
 * and erasures a terminal understands; it keeps every line drawn, as tmux keeps its history, so a
 * test reads the screen as `tmux capture-pane -J -S -` would show it. The true terminal (a tmux
 * pseudo-terminal around the built binary) stays in interview.test.ts for the `--save` refusal
 * and `--force`.
 */

const ESC = '\u001b';

/** The keys a test presses, by their tmux names, as a terminal sends them. */
const KEYS: Readonly<Record<string, string>> = {
  Up: `${ESC}[A`,
  Down: `${ESC}[B`,
  Enter: '\r',
  Space: ' ',
  BSpace: '\u007f',
  'C-c': '\u0003',
};

/** The columns of the terminal: wide enough that no prompt wraps, as the tmux sessions were. */
const COLUMNS = 220;

/**
 * What is drawn: lines of characters and a cursor. Understands the control sequences @inquirer
 * and Node's readline write (cursor up, down, left, right, to a column; erase a line or below;
 * colours and cursor visibility, ignored) and refuses any other, rather than draw it wrongly.
 */
class Screen {
  private readonly lines: string[][] = [[]];
  private row = 0;
  private col = 0;

  draw(text: string): void {
    // A control sequence (CSI parameters and final byte), another escape, or one character.
    const token = new RegExp(`${ESC}\\[([0-9;?]*)([@-~])|${ESC}.|[\\s\\S]`, 'gu');
    for (const m of text.matchAll(token)) {
      const [whole, params, final] = m;
      if (final !== undefined) this.control(params ?? '', final);
      else if (whole === '\n') this.moveTo(this.row + 1, 0);
      else if (whole === '\r') this.col = 0;
      else if (whole.startsWith(ESC) || whole < ' ') continue;
      else this.put(whole);
    }
  }

  private control(params: string, final: string): void {
    if (final === 'm' || ((final === 'h' || final === 'l') && params.startsWith('?'))) return;
    const n = params === '' ? null : Number(params);
    const count = n === null || n === 0 ? 1 : n;
    const line = this.lines[this.row] as string[];
    switch (final) {
      case 'A':
        this.moveTo(Math.max(0, this.row - count), this.col);
        return;
      case 'B':
        this.moveTo(this.row + count, this.col);
        return;
      case 'C':
        this.col += count;
        return;
      case 'D':
        this.col = Math.max(0, this.col - count);
        return;
      case 'G':
        this.col = count - 1;
        return;
      case 'K':
        if (n === null || n === 0) line.length = Math.min(line.length, this.col);
        else if (n === 1) line.fill(' ', 0, Math.min(line.length, this.col + 1));
        else line.length = 0;
        return;
      case 'J':
        if (n === null || n === 0) {
          line.length = Math.min(line.length, this.col);
          this.lines.length = this.row + 1;
          return;
        }
    }
    throw new Error(`the test terminal does not know the control sequence ESC[${params}${final}`);
  }

  private moveTo(row: number, col: number): void {
    while (this.lines.length <= row) this.lines.push([]);
    this.row = row;
    this.col = col;
  }

  private put(char: string): void {
    const line = this.lines[this.row] as string[];
    while (line.length < this.col) line.push(' ');
    line[this.col] = char;
    this.col++;
  }

  /** Every line, its trailing blanks trimmed, as tmux captures a pane. */
  text(): string {
    return this.lines.map((l) => l.join('').trimEnd()).join('\n');
  }
}

/** The stream the prompts draw on. Each prompt ends its output when done: the terminal stays. */
class TerminalOutput extends Writable {
  readonly columns = COLUMNS;
  readonly rows = 60;
  readonly isTTY = true;

  constructor(private readonly screen: Screen) {
    super({ decodeStrings: false });
  }

  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.screen.draw(String(chunk));
    done();
  }

  override end(): this {
    return this;
  }
}

export class VirtualTerminal {
  private readonly screen = new Screen();
  private readonly keys = new PassThrough();

  /**
   * Runs the command line on this terminal, standard output and standard error drawn on it too,
   * and when it returns, writes `exit code N` as the shell of the tmux tests did. Resolves to N.
   */
  async run(args: readonly string[]): Promise<number> {
    const draw = { write: (t: string) => this.screen.draw(t), isTTY: true };
    const io: Io = {
      stdout: draw,
      stderr: draw,
      stdin: {
        isTTY: true,
        readAll: () => {
          throw new Error('the interactive interview does not read standard input to its end');
        },
      },
      terminal: { input: this.keys, output: new TerminalOutput(this.screen) },
    };
    const code = await main(args, io);
    this.screen.draw(`exit code ${code}\n`);
    return code;
  }

  /** The whole screen, history included. */
  text(): string {
    return this.screen.text();
  }

  /** Presses keys named as tmux names them (Up, Down, Enter, Space, BSpace, C-c). */
  press(...keys: string[]): void {
    for (const key of keys) {
      const sequence = KEYS[key];
      if (sequence === undefined) throw new Error(`the test terminal has no key "${key}"`);
      this.keys.write(sequence);
    }
  }

  /** Types text, a character at a time as a person does. */
  type(text: string): void {
    for (const char of text) this.keys.write(char);
  }
}
