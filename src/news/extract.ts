import { type AliasTable, bundledAliasTable } from './aliases.js';
import { type Attribution, Attributor, type Layout } from './attribution.js';
import { isProcessTalk, issueOfLevels, type NewsIssue } from './issues.js';
import { analyse } from './language.js';
import { findMentions } from './people.js';
import { findQuoteSpans, type QuoteSpan } from './quotes.js';
import { lowerBound } from './search.js';
import { articleText, type Paragraph, type SourceFormat } from './source.js';
import { type NewsStance, type StanceBasis, stanceOf } from './stance.js';

export interface ExtractedQuote {
  /** Canonical full name, "Karen Bass"; null when the quotation's speaker is not named. */
  readonly speaker: string | null;
  /** The negotiation party id when the speaker is one, "BASS". */
  readonly party: string | null;
  readonly text: string;
  /** Offsets into ExtractedArticle.text: text.slice(start, end) === quote.text. */
  readonly start: number;
  readonly end: number;
  readonly issue: NewsIssue;
  readonly stance: NewsStance;
  /**
   * Present only when the stance is not read in the words but is the speaker's side as the article
   * describes the speaker (see stanceOf): a reviewer should check it.
   */
  readonly stanceBasis?: Extract<StanceBasis, 'speaker role'>;
  /** 0..1: how sure the attribution, issue and stance are. */
  readonly confidence: number;
}

export interface ExtractedArticle {
  readonly text: string;
  readonly title: string | null;
  readonly quotes: readonly ExtractedQuote[];
}

export interface ExtractOptions {
  readonly format?: SourceFormat;
  /** Who the speakers may be (default: the parties of the negotiation bundled with Recourse). */
  readonly aliases?: AliasTable;
}

/** Words that introduce a term rather than someone's words: so-called "qualified immunity". */
const TERM_INTRODUCER =
  /\b(?:so-called|called|dubbed|termed|term|word|words|phrase|label(?:l?ed)?|known as|branded)\s*$/i;

/** Words before a predicate: the plan was “unworkable”, described it as “reckless”. */
const PREDICATE_BEFORE = /\b(?:is|was|are|were|be|been|being|as|seemed|seems|looked|looks)\s*$/i;

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'or']);

/** A span in quotation marks that names or labels something rather than quoting someone. */
function isTerm(text: string, q: QuoteSpan, attribution: Attribution | null): boolean {
  const inner = text.slice(q.start, q.end);
  const words = inner.split(/\s+/).filter((w) => w.length > 0);
  if (TERM_INTRODUCER.test(text.slice(Math.max(0, q.open - 24), q.open))) return true;
  // One word is a term, unless it is a whole answer right before its tag ("No," she said), what a
  // named speaker called something ("called the bill a “non-starter”"), or what a named speaker
  // said a thing was ("said the plan was “unworkable”"), not a word naming a thing ("“no-knock” warrants").
  if (words.length === 1)
    return !(
      (/[,.!?]$/.test(inner) && attribution?.via === 'tag-after') ||
      (attribution?.entity &&
        (attribution.verb === 'calling' ||
          (attribution.via === 'tag-before' &&
            PREDICATE_BEFORE.test(text.slice(Math.max(0, q.open - 12), q.open)))))
    );
  // A title: "George Floyd Justice in Policing Act".
  const core = inner.replace(/[,.;:]$/, '');
  const coreWords = core.split(/\s+/);
  return (
    !/[.!?]/.test(core) &&
    coreWords.every((w) => /^\p{Lu}/u.test(w) || MINOR_WORDS.has(w)) &&
    /^\p{Lu}/u.test(coreWords[0] as string)
  );
}

const RELATIVE =
  '(?:son|daughter|child|children|brother|sister|father|mother|husband|wife|widow|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|fiancée?|partner)';
const ADVOCACY =
  "(?:civil[- ]rights|civil liberties|naacp|aclu|legal defense|urban league|action network|leadership conference|black lives matter|victims'?|famil(?:y|ies) of)";
/** What follows the name of a victim's relative or an advocate where the article introduces them. */
const ADVOCATE_AFTER_NAME = new RegExp(
  `^(?:'s|’s) ${RELATIVE}\\b|^,? (?:\\d+, )?(?:whose ${RELATIVE}\\b|the ${RELATIVE} of\\b|an? (?:organi[sz]er|activist|advocate)\\b[^.]{0,80}?${ADVOCACY}|(?:the )?(?:president|director|executive director|head|founder|co-founder|leader|chair|counsel|spokes(?:man|woman|person)) (?:of|for|at) [^.]{0,80}?${ADVOCACY})`,
  'i',
);

/** How far around a quotation (in characters) each level of context is read for its issue. */
const CONTEXT = 600;

const VIA_CONFIDENCE: Readonly<Record<Attribution['via'], number>> = {
  'tag-after': 0.9,
  'tag-before': 0.85,
  'tag-later': 0.75,
  continuation: 0.75,
  paragraph: 0.55,
};
const SUBJECT_CONFIDENCE = { name: 1, pronoun: 0.9, description: 0.85 } as const;

/**
 * An end found between the letters of initials ("R-S.|C.", "D-N.|J.") ends no sentence, nor one
 * followed by a small letter ("“What is left?” she asked").
 */
const endsNoSentence = (text: string, b: number) =>
  /^\s*\p{Ll}/u.test(text.slice(b, b + 3)) ||
  (/(?:^|[\s(-])\p{Lu}\.$/u.test(text.slice(Math.max(0, b - 3), b)) &&
    /^\p{Lu}\./u.test(text.slice(b, b + 2)));

/** Sentence ends outside quotations (and not inside initials), and every paragraph's end. */
function sentenceBoundaries(
  text: string,
  ends: readonly number[],
  quotes: readonly QuoteSpan[],
  paragraphs: readonly Paragraph[],
) {
  const inside = (b: number) => {
    const q = quotes[lowerBound(quotes.length, (i) => (quotes[i] as QuoteSpan).close, b)];
    return q !== undefined && q.open < b;
  };
  const all = [
    ...ends.filter((b) => !inside(b) && !endsNoSentence(text, b)),
    ...paragraphs.map((p) => p.end),
  ];
  return [...new Set(all)].sort((a, b) => a - b);
}

/**
 * Reads an article (HTML or plain text) and proposes its quotations: who said each, about which
 * issue, with what stance. Throws NewsInputError only for an article over MAX_ARTICLE_BYTES.
 */
export function extractArticle(source: string, options: ExtractOptions = {}): ExtractedArticle {
  const article = articleText(source, options.format ?? 'auto');
  const { text, paragraphs } = article;
  const table = options.aliases ?? bundledAliasTable();
  const spans = findQuoteSpans(text, paragraphs);
  if (spans.length === 0) return { text, title: article.title, quotes: [] };

  // Nothing after the last quotation's paragraph can attribute it: the NLP reads up to there.
  const lastParagraph = paragraphs[(spans.at(-1) as QuoteSpan).paragraph] as Paragraph;
  const { tokens, sentenceEnds } = analyse(text.slice(0, lastParagraph.end));
  const boundaries = sentenceBoundaries(text, sentenceEnds, spans, paragraphs);
  const narrative: boolean[] = [];
  const paragraphOf: number[] = [];
  const sentenceOf: number[] = [];
  let q = 0;
  let p = 0;
  let s = 0;
  for (const t of tokens) {
    while (q < spans.length && (spans[q] as QuoteSpan).close < t.start) q += 1;
    const span = spans[q];
    narrative.push(!(span && span.open <= t.start && t.start <= span.close));
    while (p < paragraphs.length - 1 && (paragraphs[p] as Paragraph).end < t.start) p += 1;
    paragraphOf.push(p);
    while (s < boundaries.length && (boundaries[s] as number) <= t.start) s += 1;
    sentenceOf.push(s);
  }
  const mentions = findMentions(tokens, narrative, text, table);
  const layout: Layout = { text, tokens, narrative, paragraphOf, sentenceOf, quotes: spans, mentions };
  const attributions = new Attributor(layout).attribute(spans);

  const sentenceSpan = (offset: number) => {
    const k = lowerBound(boundaries.length, (i) => boundaries[i] as number, offset + 1);
    return { start: k > 0 ? (boundaries[k - 1] as number) : 0, end: boundaries[k] ?? text.length };
  };

  /** The text from `from` to `to` without the quotations in it (marks included). */
  const narrativeBetween = (from: number, to: number) => {
    const parts: string[] = [];
    let at = from;
    for (
      let k = lowerBound(spans.length, (i) => (spans[i] as QuoteSpan).close, from);
      k < spans.length;
      k++
    ) {
      const x = spans[k] as QuoteSpan;
      if (x.open >= to) break;
      if (x.open > at) parts.push(text.slice(at, x.open));
      at = Math.max(at, x.close + 1);
    }
    if (at < to) parts.push(text.slice(at, to));
    return parts.join(' ');
  };

  /** Whether the paragraph before a quotation's names its speaker (by surname, a whole word). */
  const introducedBefore = (span: QuoteSpan, name: string | null) => {
    if (name === null || span.paragraph === 0) return false;
    const before = paragraphs[span.paragraph - 1] as Paragraph;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    for (
      let at = text.indexOf(surname, before.start);
      at >= 0 && at < before.end;
      at = text.indexOf(surname, at + 1)
    ) {
      const end = at + surname.length;
      if (
        end <= before.end &&
        !/[\p{L}\d]/u.test(text[at - 1] ?? ' ') &&
        !/[\p{L}\d]/u.test(text[end] ?? ' ')
      )
        return true;
    }
    return false;
  };

  /**
   * Whether the article introduces a person as a relative of someone killed or hurt by police, or
   * as a civil-rights advocate: "Carla Denham, whose brother died ...", "Prewitt's cousin, Andre,
   * was killed", "Jane Roe, president of the NAACP ...", "an organizer with a coalition of
   * victims' families".
   */
  const roles = new Map<string, boolean>();
  const speaksForChange = (name: string) => {
    let known = roles.get(name);
    if (known === undefined) {
      known = false;
      for (let at = text.indexOf(name); at >= 0 && !known; at = text.indexOf(name, at + 1))
        known = ADVOCATE_AFTER_NAME.test(text.slice(at + name.length, at + name.length + 160));
      roles.set(name, known);
    }
    return known;
  };

  const quotes: ExtractedQuote[] = [];
  const lastIssue = new Map<string, NewsIssue>();
  spans.forEach((span, index) => {
    const attribution = attributions[index] ?? null;
    if (!attribution || isTerm(text, span, attribution)) return;
    const quoteText = text.slice(span.start, span.end);
    const sentence = sentenceSpan(span.open);
    const sentenceEnd = sentenceSpan(Math.max(span.open, span.close - 1)).end;
    // The words around a quotation are the narrative's: other quotations are other utterances.
    // Each level of context is read within CONTEXT characters, and only when the narrower found no cue.
    const outside = narrativeBetween(
      Math.max(sentence.start, span.open - CONTEXT),
      Math.min(sentenceEnd, span.close + CONTEXT),
    );
    const paragraph = paragraphs[span.paragraph] as Paragraph;
    const speakerKey = `${span.paragraph}|${attribution.entity?.id ?? 'unnamed'}`;
    const levels: (() => string | NewsIssue | null)[] = [
      () => quoteText,
      () => outside,
      // Words that go on from the speaker's previous quotation in the paragraph go on about its issue.
      () => lastIssue.get(speakerKey) ?? null,
      () =>
        `${narrativeBetween(Math.max(paragraph.start, sentence.start - CONTEXT), sentence.start)} ${narrativeBetween(sentenceEnd, Math.min(paragraph.end, sentenceEnd + CONTEXT))}`,
    ];
    for (let k = span.paragraph - 1; k >= 0 && k >= span.paragraph - 5; k--) {
      const before = paragraphs[k] as Paragraph;
      levels.push(() => text.slice(Math.max(before.start, before.end - CONTEXT), before.end));
    }
    // A quotation goes on from the paragraph before it that names its speaker ("Durbin said the
    // bill was ..." / "“Let's have a real debate.”"): words of the bill there decide `general`.
    const ownParagraphs = introducedBefore(span, attribution.entity?.name ?? null) ? 5 : 4;
    // Process talk is about the negotiation as a whole, whatever the paragraphs around it discuss.
    const { issue, level } = isProcessTalk(quoteText)
      ? { issue: 'general' as const, level: 0 }
      : issueOfLevels(levels, ownParagraphs);
    lastIssue.set(speakerKey, issue);
    const entity = attribution.entity;
    const side = {
      role:
        entity && entity.party === null && speaksForChange(entity.name) ? ('supports change' as const) : null,
    };
    const { stance, basis } = stanceOf(
      quoteText,
      narrativeBetween(Math.max(sentence.start, span.open - CONTEXT), span.open),
      narrativeBetween(span.close + 1, Math.min(sentenceEnd, span.close + CONTEXT)),
      side,
    );
    const confidence =
      VIA_CONFIDENCE[attribution.via] *
      (attribution.subject ? SUBJECT_CONFIDENCE[attribution.subject] : 1) *
      (entity ? 1 : 0.5) *
      (level <= 2 ? 1 : level === 3 ? 0.9 : 0.85) *
      (basis === 'speaker role' ? 0.7 : 1);
    quotes.push({
      speaker: entity?.name ?? null,
      party: entity?.party ?? null,
      text: quoteText,
      start: span.start,
      end: span.end,
      issue,
      stance,
      ...(basis === 'speaker role' ? { stanceBasis: basis } : {}),
      confidence: Math.round(confidence * 100) / 100,
    });
  });
  return { text, title: article.title, quotes };
}
