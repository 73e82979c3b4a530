import { randomBytes } from 'node:crypto';

// 32 lower-case letters and digits, without the look-alikes l, o, 0 and 1: an id read aloud or
// copied by hand survives.
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A short shareable id: 10 characters, 50 random bits. */
export function shortId(): string {
  const bytes = randomBytes(10);
  let id = '';
  for (const b of bytes) id += ID_ALPHABET[b & 31];
  return id;
}
