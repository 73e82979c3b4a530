/**
 * JSON as UTF-8 bytes, the form every JSON answer of the API is sent in: the same bytes as
 * `Buffer.from(JSON.stringify(data))`, for less CPU.
 *
 * The law's words (’) make a stringified result a two-byte string. Stringifying a six-regime
 * answer whole makes a string of about 100 KB, which V8 builds in pieces and must flatten before
 * `Buffer.from` encodes it in two passes (its length, then its bytes). Here the outer levels of
 * lists and plain objects (the list of results, each result, its routes) are written out
 * directly, and each value below them is stringified alone and encoded at once with
 * `TextEncoder.encodeInto` into a scratch buffer kept between calls; the answer is then copied
 * into a buffer of its own, of the exact length. docs/performance.md has the figures.
 */

const encoder = new TextEncoder();

/** How many levels of lists and plain objects are written out before values are stringified whole. */
const DEPTH = 3;

/** The scratch buffer is not kept past this size (an answer larger than it is encoded, then dropped). */
const SCRATCH_KEPT = 4 * 1024 * 1024;

let scratch = new Uint8Array(1 << 16);
let at = 0;
let busy = false;

const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;

function room(bytes: number): void {
  if (at + bytes <= scratch.length) return;
  const bigger = new Uint8Array(Math.max(scratch.length * 2, at + bytes));
  bigger.set(scratch.subarray(0, at));
  scratch = bigger;
}

function byte(b: number): void {
  room(1);
  scratch[at++] = b;
}

/** Appends a text's UTF-8 bytes (at most 3 bytes per UTF-16 unit). */
function text(s: string): void {
  room(s.length * 3);
  at += encoder.encodeInto(s, scratch.subarray(at)).written;
}

/** A value JSON leaves out of an object (and writes as null in a list). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Only these are written out level by level; anything else (a Date, a class) is stringified whole. */
function isPlain(v: object): boolean {
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function write(v: unknown, depth: number): void {
  if (depth === 0 || v === null || typeof v !== 'object' || !isPlain(v)) {
    text(JSON.stringify(v));
    return;
  }
  if (Array.isArray(v)) {
    byte(OPEN_LIST);
    for (let i = 0; i < v.length; i++) {
      if (i > 0) byte(COMMA);
      const x: unknown = v[i];
      if (omitted(x)) text('null');
      else write(x, depth - 1);
    }
    byte(CLOSE_LIST);
    return;
  }
  byte(OPEN_OBJECT);
  let first = true;
  for (const key of Object.keys(v)) {
    const x: unknown = (v as Record<string, unknown>)[key];
    if (omitted(x)) continue;
    if (!first) byte(COMMA);
    first = false;
    text(JSON.stringify(key));
    byte(COLON);
    write(x, depth - 1);
  }
  byte(CLOSE_OBJECT);
}

/** A copy of the bytes in a buffer that owns its whole ArrayBuffer (it can be handed to another thread). */
function copyOf(bytes: Uint8Array): Buffer<ArrayBuffer> {
  const out = Buffer.allocUnsafeSlow(bytes.length);
  out.set(bytes);
  return out;
}

/** `Buffer.from(JSON.stringify(data))`, byte for byte, in a buffer owning its whole ArrayBuffer. */
export function jsonBytes(data: unknown): Buffer<ArrayBuffer> {
  if (omitted(data)) throw new TypeError(`${typeof data} has no JSON form`);
  // A toJSON that serialises again while this one runs gets the plain way.
  if (busy) return copyOf(Buffer.from(JSON.stringify(data), 'utf8'));
  busy = true;
  at = 0;
  try {
    write(data, DEPTH);
    return copyOf(scratch.subarray(0, at));
  } finally {
    busy = false;
    if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(1 << 16);
  }
}
