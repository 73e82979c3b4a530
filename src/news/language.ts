import { createRequire } from 'node:module';

/**
 * The NLP libraries, behind two functions: wink-nlp (with its English model, an npm package) splits
 * the text into tokens and sentences; compromise's lexicon says what a capitalised word is (a first
 * name and its usual gender, a surname, an honorific, a place, an organisation, a weekday, ...).
 * Both are loaded on first use, once, so that importing src/news costs nothing.
 */

export interface Token {
  /** The token as printed. */
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

export interface Analysis {
  readonly tokens: readonly Token[];
  /** Character offsets where wink-nlp ends a sentence (exclusive), in order. */
  readonly sentenceEnds: readonly number[];
}

interface WinkItems {
  out(): string[];
  out<T>(f: unknown): T[];
}
interface WinkDocument {
  tokens(): WinkItems;
  sentences(): WinkItems;
}
interface WinkNlp {
  readDoc(text: string): WinkDocument;
  its: { span: unknown };
}
type CompromiseLexicon = Readonly<Record<string, string | string[] | undefined>>;

const require = createRequire(import.meta.url);
let wink: WinkNlp | null = null;
let lexicon: CompromiseLexicon | null = null;

function winkNlp(): WinkNlp {
  if (wink === null) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkNlp;
    wink = winkNLP(require('wink-eng-lite-web-model'), ['sbd']);
  }
  return wink;
}

function compromiseLexicon(): CompromiseLexicon {
  if (lexicon === null) {
    const nlp = require('compromise/two') as { model(): { one: { lexicon: CompromiseLexicon } } };
    lexicon = nlp.model().one.lexicon;
  }
  return lexicon;
}

/** Longer runs without a space are no words (a URL, a hash, noise): wink-nlp's time grows with a token's square. */
const LONGEST_RUN = 64;

/** The text with every run of over LONGEST_RUN non-space characters made spaces of the same length. */
function blankLongRuns(text: string): string {
  const runs = /\S+/g;
  let out: string | null = null;
  let last = 0;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    if (m[0].length <= LONGEST_RUN) continue;
    out = `${out ?? ''}${text.slice(last, m.index)}${' '.repeat(m[0].length)}`;
    last = m.index + m[0].length;
  }
  return out === null ? text : out + text.slice(last);
}

/** Tokens with their offsets, and the sentence ends, of a text. */
export function analyse(original: string): Analysis {
  const nlp = winkNlp();
  // Same length, so every offset holds in the original.
  const text = blankLongRuns(original);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const tokens: Token[] = [];
  const startOf: number[] = []; // wink's token index -> our token's start (or -1)
  const endOf: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = value.length > 0 ? text.indexOf(value, cursor) : -1;
    if (at < 0 || /^\s+$/.test(value)) {
      startOf.push(-1);
      endOf.push(cursor);
      continue;
    }
    const end = at + value.length;
    tokens.push({ text: value, lower: value.toLowerCase().replace(/’/g, "'"), start: at, end });
    startOf.push(at);
    endOf.push(end);
    cursor = end;
  }
  const sentenceEnds: number[] = [];
  for (const span of doc.sentences().out<[number, number]>(nlp.its.span)) {
    const end = endOf[span[1]];
    if (end !== undefined && (sentenceEnds.length === 0 || end > (sentenceEnds.at(-1) as number)))
      sentenceEnds.push(end);
  }
  return { tokens, sentenceEnds };
}

/** compromise's tags for a word or a phrase (lower case), none when it does not know it. */
export function lexiconTags(word: string): readonly string[] {
  const tags = compromiseLexicon()[word];
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

export type Gender = 'f' | 'm';

/** The usual gender of a first name by compromise's lexicon, null when unknown or either. */
export function firstNameGender(name: string): Gender | null {
  const tags = lexiconTags(name.toLowerCase());
  if (tags.includes('FemaleName')) return 'f';
  if (tags.includes('MaleName')) return 'm';
  return null;
}

/** Whether compromise knows the word as a first name. */
export function isFirstName(name: string): boolean {
  const tags = lexiconTags(name.toLowerCase());
  return tags.includes('FemaleName') || tags.includes('MaleName') || tags.includes('FirstName');
}
