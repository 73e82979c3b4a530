import type { StanceBasis } from '../store/index.js';

/** Where a stance came from when no word of the quotation says it, as the CLI prints it. */
const BASIS_WORDS: Readonly<Record<StanceBasis, string>> = {
  'speaker role': "from the speaker's role in the article, not the quotation's words",
};

/** A quotation's stance, and where it came from when the words do not say it: "supports change (from ...)". */
export function stanceWords(stance: string, basis: StanceBasis | null | undefined): string {
  return basis ? `${stance} (${BASIS_WORDS[basis]})` : stance;
}
