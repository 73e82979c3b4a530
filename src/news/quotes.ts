import type { Paragraph } from './source.js';

/**
 * The spans of text between quotation marks, paragraph by paragraph. Straight marks alternate
 * (open, close); curly and angle marks say which they are. A paragraph that ends inside a
 * quotation continues it: the next paragraph re-opens it with an opening mark, the newspaper
 * convention for a quotation of several paragraphs. Single marks are not read as quotation marks
 * in running text: there they are apostrophes or a quotation inside a quotation. A headline (a
 * short paragraph with no closing punctuation) is the exception: headlines quote with single
 * marks (Scott says ‘June or bust’), an opening one at a word's start and a closing one at its end.
 */

export interface QuoteSpan {
  /** Offset of the opening mark (or of the paragraph's start when continued without one). */
  readonly open: number;
  /** Offset of the closing mark, or the paragraph's end when the quotation runs on. */
  readonly close: number;
  /** The quoted text, trimmed: text.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** The paragraph ended before a closing mark. */
  readonly runsOn: boolean;
  /** It re-opens a quotation the previous paragraph left open. */
  readonly continues: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
const MARKS = /["“”„«»]/g;
const HEADLINE_MARKS = /["“”„«»‘’']/g;

/** The longest paragraph read as a headline. */
const HEADLINE_LENGTH = 200;

/** A short paragraph that does not end as a sentence does. */
function isHeadline(text: string, p: Paragraph): boolean {
  return (
    p.end - p.start <= HEADLINE_LENGTH &&
    !/[.!?:;,]["”'’)]*$/.test(text.slice(Math.max(p.start, p.end - 3), p.end))
  );
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\d]/u.test(c);

export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let previousRanOn = false;
  paragraphs.forEach((p, index) => {
    let openAt = -1;
    let first = true;
    let ranOn = false;
    const push = (open: number, close: number, runsOn: boolean) => {
      let start = open + 1;
      let end = close;
      while (start < end && /\s/.test(text[start] as string)) start += 1;
      while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
      const continues = first && previousRanOn && open === p.start;
      first = false;
      if (end > start) spans.push({ open, close, start, end, paragraph: index, runsOn, continues });
    };
    const marks = isHeadline(text, p) ? HEADLINE_MARKS : MARKS;
    let single = false; // the open quotation opened with a single mark
    marks.lastIndex = p.start;
    for (let m = marks.exec(text); m !== null && m.index < p.end; m = marks.exec(text)) {
      const i = m.index;
      const c = m[0];
      if (c === '‘' || c === '’' || c === "'") {
        // An apostrophe has a letter on both sides (it’s) or closes a word (Democrats’ plan).
        if (openAt < 0 && c !== '’' && !isLetter(text[i - 1]) && isLetter(text[i + 1])) {
          openAt = i;
          single = true;
        } else if (openAt >= 0 && single && c !== '‘' && isLetter(text[i - 1]) && !isLetter(text[i + 1])) {
          push(openAt, i, false);
          openAt = -1;
          single = false;
        }
      } else if (single) {
        // Double marks inside a single-quoted headline quotation are not read.
      } else if (c === STRAIGHT) {
        if (openAt < 0) openAt = i;
        else {
          push(openAt, i, false);
          openAt = -1;
        }
      } else if (OPENING.has(c)) {
        if (openAt < 0) openAt = i;
      } else if (CLOSING.has(c) && openAt >= 0) {
        push(openAt, i, false);
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      push(openAt, p.end, true);
      ranOn = true;
    }
    previousRanOn = ranOn;
  });
  return spans;
}
