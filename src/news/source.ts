import { Parser } from 'htmlparser2';
import { NewsInputError } from './errors.js';

/**
 * From what was given (an HTML page or scraped plain text) to the article's text: paragraphs of
 * single-spaced text separated by a blank line. Every offset the extractor reports is into this
 * text. HTML is read by htmlparser2, a streaming parser: scripts, styles and other non-text
 * elements are dropped whole and attributes are never read, so none of them reaches the text.
 */

/** The largest article read, in bytes of UTF-8: a long news page with its markup is a few hundred KB. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type SourceFormat = 'html' | 'text' | 'auto';

export interface Paragraph {
  readonly start: number;
  readonly end: number;
}

export interface ArticleText {
  readonly text: string;
  readonly title: string | null;
  readonly paragraphs: readonly Paragraph[];
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'head',
  'select',
  'option',
  'textarea',
  'button',
  'nav',
  'aside',
  'footer',
  'form',
]);

/** Headings whose first gives the title of a page without <title>. */
const HEADINGS = new Set(['h1', 'h2']);

/** Elements that begin and end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'hr',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'main',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'pre',
  'address',
  'body',
  'html',
]);

/** Whether a source looks like HTML: a tag of HTML's own, or a doctype. Used only to choose the reader. */
export function looksLikeHtml(source: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|p|div|br|span|article|section|h[1-6]|script|style|a|b|i|em|strong|blockquote|ul|ol|li|meta|title|main|header|figure)[\s>/]/i.test(
    source,
  );
}

/** Characters that are never text: C0/C1 controls other than line breaks and tabs, and the BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** One line of text with its runs of white space made one space. */
const squeeze = (s: string) => s.replace(/[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ').trim();

/** Paragraph texts into the article's text and the paragraphs' offsets. */
function assemble(paragraphs: readonly string[], title: string | null): ArticleText {
  const kept = paragraphs.map(squeeze).filter((p) => p.length > 0);
  const spans: Paragraph[] = [];
  let offset = 0;
  for (const p of kept) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  return { text: kept.join('\n\n'), title, paragraphs: spans };
}

/** Abbreviations that end with a full stop without ending a sentence (titles, initials). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Sen|Rep|Reps|Sens|Gov|Lt|Gen|Col|Sgt|Capt|Det|Dr|Mr|Mrs|Ms|Mx|St|Jr|Sr|Rev|Atty|Supt|Pres|Sec|Del|No|Nos|Vol|vs|v|U\.S|D\.C|[A-Z])\.$/;

/** Whether a line ends a sentence: terminal punctuation, possibly in a closing quotation mark or bracket. */
function endsSentence(line: string): boolean {
  if (ABBREVIATION.test(line)) return false;
  return /[.!?:]["'”’)\]]*$/.test(line);
}

/**
 * Scraped text breaks lines in the middle of sentences ("Sen. \nTim Scott\n, the lead"): a line
 * break is a paragraph break only where the line ends a sentence and the next begins one; a blank
 * line always is. Joined lines take one space, none before punctuation that closes a phrase.
 */
export function paragraphsOfText(source: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const raw of source.replace(CONTROL, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = squeeze(raw);
    if (line === '') {
      if (current !== '') paragraphs.push(current);
      current = '';
      continue;
    }
    if (current === '') {
      current = line;
    } else if (endsSentence(current) && /^[\p{Lu}"“‘'(\d—–-]/u.test(line)) {
      paragraphs.push(current);
      current = line;
    } else {
      current += /^[,.;:!?)\]]/.test(line) ? line : ` ${line}`;
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** The paragraphs and title of an HTML page: block elements make paragraphs, dropped elements vanish. */
function readHtml(source: string): ArticleText {
  const paragraphs: string[] = [];
  let current = '';
  let dropped = 0; // depth inside dropped elements
  let inTitle = false;
  let title = '';
  let firstHeading: string | null = null;
  let headingDepth = 0;
  let heading = '';
  const breakParagraph = () => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (DROPPED.has(name)) {
          dropped += 1;
          return;
        }
        if (dropped > 0) return;
        if (BLOCKS.has(name)) breakParagraph();
        // <q> is a quotation the browser marks: the text gets its marks.
        if (name === 'q') current += '“';
        if (HEADINGS.has(name)) headingDepth += 1;
      },
      ontext(text) {
        if (inTitle) title += text;
        if (dropped > 0) return;
        const clean = text.replace(CONTROL, '');
        current += clean;
        if (headingDepth > 0) heading += clean;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (DROPPED.has(name)) {
          dropped = Math.max(0, dropped - 1);
          return;
        }
        if (dropped > 0) return;
        if (name === 'q') current += '”';
        if (HEADINGS.has(name) && headingDepth > 0) {
          headingDepth -= 1;
          if (headingDepth === 0 && firstHeading === null && squeeze(heading) !== '')
            firstHeading = squeeze(heading);
        }
        if (BLOCKS.has(name)) breakParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  breakParagraph();
  const pageTitle = squeeze(title.replace(CONTROL, ''));
  return assemble(
    paragraphs.map((p) => p.replace(/\s+/g, ' ')),
    pageTitle !== '' ? pageTitle : firstHeading,
  );
}

/** A short first paragraph without final punctuation, followed by others, is the headline of scraped text. */
function titleOfText(paragraphs: readonly string[]): string | null {
  const first = paragraphs[0];
  if (first === undefined || paragraphs.length < 2) return null;
  return first.length <= 150 && !/[.!?:;,"”]$/.test(first) ? first : null;
}

/** The article's text, title and paragraphs, from HTML or plain text; over MAX_ARTICLE_BYTES a NewsInputError. */
export function articleText(source: string, format: SourceFormat = 'auto'): ArticleText {
  if (typeof source !== 'string')
    throw new NewsInputError(`article: expected text or HTML, got ${typeof source}`);
  // A UTF-8 character is at most 3 bytes per UTF-16 unit: count exactly only when it may matter.
  if (source.length * 3 > MAX_ARTICLE_BYTES) {
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes > MAX_ARTICLE_BYTES)
      throw new NewsInputError(
        `article: ${bytes} bytes, over the limit of ${MAX_ARTICLE_BYTES} bytes (${MAX_ARTICLE_BYTES / 1024 / 1024} MiB)`,
      );
  }
  if (format !== 'html' && format !== 'text' && format !== 'auto')
    throw new NewsInputError(`format: expected html, text or auto, got ${JSON.stringify(format)}`);
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(source));
  if (html) return readHtml(source);
  const paragraphs = paragraphsOfText(source);
  return assemble(paragraphs, titleOfText(paragraphs));
}
