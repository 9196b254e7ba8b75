import type { Citation } from "@roundup/prompts";
import { oncePerText } from "../../../text/once-per-text.js";
import { oncePerTextOf } from "../../../text/once-per-text-of.js";
import { contentWords } from "../../evidence/word-tokens.js";
import { type CitedText, citedText, statementTerms } from "../../verify/statement-terms.js";

/** A passage a headline may cite: its text and exact citation. */
export interface HeadlinePassage {
  text: string;
  citation: Citation;
}

/**
 * A passage's text as verification reads it, and its content words, read once per list of passages:
 * the offline engine cites each headline candidate it tries against the same list.
 */
const readingOf = oncePerTextOf((text: string) => ({ cited: citedText(text), words: contentWords(text) }));

/**
 * The passages a headline rests on, chosen by code: first the passage that contains most of the
 * headline's names, numbers and quoted words (then most of its content words), then, while some
 * of those are still missing, the passage that adds most of them. At most `limit` passages. What no
 * passage contains stays uncovered, and verification flags it.
 */
export function citeHeadline(headline: string, passages: readonly HeadlinePassage[], limit = 3): Citation[] {
  const terms = statementTerms(headline);
  const words = new Set(contentWords(headline));
  // Rewrites repeat sentences: each distinct text is read, and its cover counted, once.
  const readingIn = readingOf(passages);
  const read = oncePerText((text) => {
    const reading = readingIn(text);
    return { cited: reading.cited, overlap: new Set(reading.words.filter((word) => words.has(word))).size };
  });
  const prepared = passages.map((passage) => ({ passage, reading: read(passage.text) }));
  const covers = (cited: CitedText, missing: typeof terms) => missing.filter((term) => term.foundIn(cited)).length;
  const chosen: Citation[] = [];
  const used = new Set<number>();
  let missing = terms;
  while (chosen.length < limit) {
    let best = -1;
    let bestCover = -1;
    let bestOverlap = -1;
    const coverOf = new Map<ReturnType<typeof read>, number>();
    prepared.forEach(({ reading }, index) => {
      if (used.has(index)) return;
      let cover = coverOf.get(reading);
      if (cover === undefined) {
        cover = covers(reading.cited, missing);
        coverOf.set(reading, cover);
      }
      if (cover > bestCover || (cover === bestCover && reading.overlap > bestOverlap)) {
        best = index;
        bestCover = cover;
        bestOverlap = reading.overlap;
      }
    });
    const pick = prepared[best];
    // After the first passage, one more is cited only when it adds something the headline claims.
    if (!pick || (chosen.length > 0 && bestCover <= 0)) break;
    used.add(best);
    chosen.push(pick.passage.citation);
    missing = missing.filter((term) => !term.foundIn(pick.reading.cited));
    if (missing.length === 0) break;
  }
  return chosen;
}
