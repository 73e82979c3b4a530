/**
 * JSON as UTF-8 bytes, the form every JSON answer of the API is sent in: the same bytes as
 * `Buffer.from(JSON.stringify(data))`, for less CPU and less garbage.
 *
 * A six-regime answer is about 48 KB of JSON, more than half of it the law's own words (rule ids,
 * citations, texts), the same few hundred strings in every answer. Stringifying it whole makes a
 * string of about 100 KB (two bytes a character: the law writes ’ and §) that is then encoded
 * and dropped: serialising cost more than evaluating. Here lists and plain objects are written
 * out level by level, and each string (a value or a key) is written from its UTF-8 JSON bytes,
 * kept from the first time it was seen (a bounded cache: past its size it starts again, so the
 * strings of incidents cannot make it grow without end). Anything else (a Date, a class, a
 * toJSON, a structure deeper than DEPTH) is stringified whole, so the bytes stay exactly
 * JSON.stringify's. The answer is then copied into a buffer of its own, of the exact length.
 * docs/performance.md has the figures.
 */

const encoder = new TextEncoder();

/** Levels of lists and plain objects written out before a value is stringified whole (JSON.stringify then reports a cycle). */
const DEPTH = 64;

/** The scratch buffer is not kept past this size (an answer larger than it is encoded, then dropped). */
const SCRATCH_KEPT = 4 * 1024 * 1024;

/** Strings whose JSON bytes are kept: at most this many, each at most STRING_KEPT characters. */
const STRINGS_KEPT = 8192;
const STRING_KEPT = 4096;

let scratch = new Uint8Array(1 << 16);
let at = 0;
let busy = false;

/** A string's JSON (`"..."`, escaped) as UTF-8; a key's with its colon. */
const stringBytes = new Map<string, Uint8Array>();
const keyBytes = new Map<string, Uint8Array>();

const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const NULL = encoder.encode('null');
const TRUE = encoder.encode('true');
const FALSE = encoder.encode('false');

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

function bytes(b: Uint8Array): void {
  room(b.length);
  scratch.set(b, at);
  at += b.length;
}

/** Appends a text's UTF-8 bytes (at most 3 bytes per UTF-16 unit). */
function text(s: string): void {
  room(s.length * 3);
  at += encoder.encodeInto(s, scratch.subarray(at)).written;
}

/** The bytes of a JSON text, kept in `cache` when the text is short enough. */
function kept(cache: Map<string, Uint8Array>, s: string, json: () => string): Uint8Array | null {
  const known = cache.get(s);
  if (known !== undefined) return known;
  if (s.length > STRING_KEPT) return null;
  if (cache.size >= STRINGS_KEPT) cache.clear();
  const b = encoder.encode(json());
  cache.set(s, b);
  return b;
}

function string(s: string): void {
  const b = kept(stringBytes, s, () => JSON.stringify(s));
  if (b === null) text(JSON.stringify(s));
  else bytes(b);
}

function key(k: string): void {
  const b = kept(keyBytes, k, () => `${JSON.stringify(k)}:`);
  if (b === null) text(`${JSON.stringify(k)}:`);
  else bytes(b);
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
  if (typeof v === 'string') {
    string(v);
    return;
  }
  if (v === null) {
    bytes(NULL);
    return;
  }
  if (typeof v === 'boolean') {
    bytes(v ? TRUE : FALSE);
    return;
  }
  if (typeof v === 'number') {
    // JSON.stringify's own form: null for NaN and the infinities, 0 for -0.
    if (Number.isFinite(v)) text(String(v));
    else bytes(NULL);
    return;
  }
  if (depth === 0 || typeof v !== 'object' || !isPlain(v)) {
    text(JSON.stringify(v));
    return;
  }
  if (Array.isArray(v)) {
    byte(OPEN_LIST);
    for (let i = 0; i < v.length; i++) {
      if (i > 0) byte(COMMA);
      const x: unknown = v[i];
      if (omitted(x)) bytes(NULL);
      else write(x, depth - 1);
    }
    byte(CLOSE_LIST);
    return;
  }
  byte(OPEN_OBJECT);
  let first = true;
  for (const k of Object.keys(v)) {
    const x: unknown = (v as Record<string, unknown>)[k];
    if (omitted(x)) continue;
    if (!first) byte(COMMA);
    first = false;
    key(k);
    write(x, depth - 1);
  }
  byte(CLOSE_OBJECT);
}

/**
 * A copy of the bytes at the start of an ArrayBuffer of its own (it can be handed to another
 * thread): one of `spare` when it is large enough, else a new one.
 */
function copyOf(bytes: Uint8Array, spare?: ArrayBuffer[]): Buffer<ArrayBuffer> {
  let out: Buffer<ArrayBuffer>;
  if (spare === undefined) out = Buffer.allocUnsafeSlow(bytes.length);
  else {
    const reused = spare.pop();
    const memory =
      reused && reused.byteLength >= bytes.length
        ? reused
        : new ArrayBuffer(Math.max(bytes.length, SPARE_SIZE));
    out = Buffer.from(memory, 0, bytes.length);
  }
  out.set(bytes);
  return out;
}

/** The least size of an ArrayBuffer made to be reused (jsonBytes with spares): a six-regime answer fits. */
export const SPARE_SIZE = 128 * 1024;

/**
 * `Buffer.from(JSON.stringify(data))`, byte for byte, at the start of an ArrayBuffer of its own:
 * the whole ArrayBuffer without `spare`; with it, one of the spare ArrayBuffers taken from the
 * list when one is large enough, else a new one of at least SPARE_SIZE bytes, to be reused later.
 */
export function jsonBytes(data: unknown, spare?: ArrayBuffer[]): Buffer<ArrayBuffer> {
  if (omitted(data)) throw new TypeError(`${typeof data} has no JSON form`);
  // A toJSON that serialises again while this one runs gets the plain way.
  if (busy) return copyOf(Buffer.from(JSON.stringify(data), 'utf8'), spare);
  busy = true;
  at = 0;
  try {
    write(data, DEPTH);
    return copyOf(scratch.subarray(0, at), spare);
  } finally {
    busy = false;
    if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(1 << 16);
  }
}
