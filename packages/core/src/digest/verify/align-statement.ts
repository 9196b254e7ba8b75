import { type AnalyzedText, isContentToken, type TextToken } from "./analyze-text.js";

/** Where a statement word was found: passage index and token index in that passage. */
interface TokenLink {
  passage: number;
  token: number;
}

/** How two consecutive found words of the statement sit in the passages. */
type StepKind = "next" | "gap" | "reorder" | "jump";

interface AlignmentStep {
  kind: StepKind;
  /** Statement token indices of the two words. */
  from: number;
  to: number;
  /** For a gap: the passage tokens left out between them. */
  skipped: TextToken[];
  /** For a gap: whether what is left out holds a verb outside any aside (the words now belong to another clause). */
  breaksClause: boolean;
}

export interface Alignment {
  /** Per statement token: where it was found, or null (punctuation is never linked). */
  links: Array<TokenLink | null>;
  steps: AlignmentStep[];
  /** Total cost of the alignment (0 for a verbatim copy). */
  cost: number;
  /** Words of the statement that carry content (punctuation excluded). */
  wordCount: number;
}

/** Costs of the alignment, tuned on human judgments (SUPPORT_COSTS in check-support.ts). */
export interface AlignmentCosts {
  /** A function word with no place in the passages. */
  unlinkedFunctionWord: number;
  /** A content word the passages never use. */
  unlinkedContentWord: number;
  /** A content word the passages use, but not where the rest of the statement comes from. */
  unlinkedKnownWord: number;
  /** Passage words left out between two statement words, in one sentence. */
  gap: number;
  /** Added per left-out word, up to 20. */
  gapPerWord: number;
  /** Added when the left-out words hold a verb outside an aside. */
  clauseBreak: number;
  /** The next statement word comes earlier in the same passage sentence. */
  reorder: number;
  /** The next statement word comes from another sentence, in the middle of a clause (stitching). */
  jump: number;
  /** The statement joins two whole clauses or sentences of the passages (fusion). */
  clauseJump: number;
  /**
   * The statement names its subject and takes the predicate from a sentence where the subject is a
   * pronoun or another mention ("Kim Sears | will marry…" from "She will marry…").
   */
  subjectJump: number;
}

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT", "CCONJ"]);
const SUBJECT_POS = new Set(["PRON", "NOUN", "PROPN"]);

// Verbs of saying: a statement may add or change one ("says", "told") without changing the claim.
const SPEECH_VERBS = new Set([
  "say",
  "tell",
  "told",
  "add",
  "claim",
  "state",
  "report",
  "announce",
  "accord",
  "insist",
]);
// A gap that ends on one of these hands the statement's words back to the passage's subject
// ("Benaud, before play, after he died" → "Benaud died"; "Depay, who scored").
const ANAPHORA_POS = new Set(["PRON", "SCONJ"]);

interface Position {
  passage: number;
  token: number;
  /** Unique across passages. */
  sentence: number;
}

const MAX_STATES = 64;

function isAside(token: TextToken | undefined): boolean {
  return token !== undefined && /^[,()\-–—;:]$/.test(token.text);
}

/** Whether left-out words hold a verb outside a bracketed or comma-set aside ("Kim, who…, watched X play"). */
function breaksClause(skipped: readonly TextToken[]): boolean {
  let depth = 0;
  for (let index = 0; index < skipped.length; index += 1) {
    const token = skipped[index]!;
    if (isAside(token)) {
      // An aside opens at a mark and closes at the next one; one that is still open at the end of
      // the skipped words (", who was… ,") closes there.
      depth = depth === 0 ? 1 : 0;
      continue;
    }
    if (depth === 0 && token.pos === "VERB") return true;
  }
  return false;
}

function isClauseMark(token: TextToken | undefined): boolean {
  return token === undefined || token.pos === "PUNCT" || token.pos === "CCONJ" || token.pos === "SCONJ";
}

/** Whether a passage word ends a clause (what follows is punctuation, a conjunction or the end of its sentence). */
function endsClause(tokens: readonly TextToken[], index: number): boolean {
  const next = tokens[index + 1];
  return next === undefined || next.sentence !== tokens[index]!.sentence || isClauseMark(next);
}

/** Whether a passage word starts a clause. */
function startsClause(tokens: readonly TextToken[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.sentence !== tokens[index]!.sentence || isClauseMark(previous);
}

/**
 * Finds where each word of a statement comes from in the cited passages: an alignment that keeps
 * words in the order and the sentence the passages have them, at the least cost. What it has to
 * leave out, reorder or fetch from another sentence is what the statement changed.
 */
export function alignStatement(
  statement: AnalyzedText,
  passages: readonly AnalyzedText[],
  costs: AlignmentCosts,
): Alignment {
  const positions: Position[] = [];
  const byKey = new Map<string, number[]>();
  let sentenceBase = 0;
  passages.forEach((passage, passageIndex) => {
    passage.tokens.forEach((token, tokenIndex) => {
      if (token.pos === "PUNCT") return;
      const position = positions.length;
      positions.push({ passage: passageIndex, token: tokenIndex, sentence: sentenceBase + token.sentence });
      const list = byKey.get(token.key);
      if (list) list.push(position);
      else byKey.set(token.key, [position]);
    });
    sentenceBase += passage.sentenceCount;
  });

  const gapCache = new Map<string, { cost: number; skipped: TextToken[]; breaks: boolean }>();
  const gapOf = (from: Position, to: Position) => {
    const cacheKey = `${from.passage}:${from.token}:${to.token}`;
    let cached = gapCache.get(cacheKey);
    if (!cached) {
      const tokens = passages[from.passage]!.tokens;
      const skipped = tokens.slice(from.token + 1, to.token);
      const words = skipped.filter((token) => token.pos !== "PUNCT").length;
      const lastWord = skipped.filter((token) => token.pos !== "PUNCT").at(-1);
      const breaks = words > 0 && !(lastWord && ANAPHORA_POS.has(lastWord.pos)) && breaksClause(skipped);
      const cost =
        words === 0 ? 0 : costs.gap + costs.gapPerWord * Math.min(20, words) + (breaks ? costs.clauseBreak : 0);
      cached = { cost, skipped, breaks };
      gapCache.set(cacheKey, cached);
    }
    return cached;
  };
  const transition = (from: number, to: number, word: number): number => {
    if (from < 0) return 0;
    const a = positions[from]!;
    const b = positions[to]!;
    if (a.sentence !== b.sentence) {
      const landing = passages[b.passage]!.tokens;
      let subject = b.token - 1;
      while (subject >= 0 && landing[subject]!.pos === "PUNCT") subject -= 1;
      if (
        nounPhrasePrefix[word] &&
        (statement.tokens[word]!.pos === "VERB" || statement.tokens[word]!.pos === "AUX") &&
        subject >= 0 &&
        landing[subject]!.sentence === landing[b.token]!.sentence &&
        SUBJECT_POS.has(landing[subject]!.pos)
      )
        return costs.subjectJump;
      const whole =
        endsClause(passages[a.passage]!.tokens, a.token) && startsClause(passages[b.passage]!.tokens, b.token);
      return whole ? costs.clauseJump : costs.jump;
    }
    if (b.token <= a.token) return costs.reorder;
    return gapOf(a, b).cost;
  };

  // Whether every word before statement word i belongs to one opening noun phrase (its subject).
  const nounPhrasePrefix: boolean[] = [];
  let stillNounPhrase = true;
  statement.tokens.forEach((token, index) => {
    nounPhrasePrefix[index] = stillNounPhrase && index > 0;
    if (!NOUN_PHRASE_POS.has(token.pos)) stillNounPhrase = false;
  });
  // Viterbi over "the last statement word was found at position p" (-1: none yet).
  const words = statement.tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.pos !== "PUNCT");
  let states = new Map<number, number>([[-1, 0]]);
  const back: Array<Map<number, { previous: number; linked: boolean }>> = [];
  for (const { token, index: word } of words) {
    const next = new Map<number, number>();
    const pointers = new Map<number, { previous: number; linked: boolean }>();
    const known = byKey.has(token.key);
    const penalty =
      !isContentToken(token) || SPEECH_VERBS.has(token.key)
        ? costs.unlinkedFunctionWord
        : known
          ? costs.unlinkedKnownWord
          : costs.unlinkedContentWord;
    for (const [state, cost] of states) {
      next.set(state, cost + penalty);
      pointers.set(state, { previous: state, linked: false });
    }
    for (const candidate of byKey.get(token.key) ?? []) {
      let best = Number.POSITIVE_INFINITY;
      let bestState = -1;
      for (const [state, cost] of states) {
        if (state === candidate) continue;
        const total = cost + transition(state, candidate, word);
        if (total < best) {
          best = total;
          bestState = state;
        }
      }
      if (best < (next.get(candidate) ?? Number.POSITIVE_INFINITY)) {
        next.set(candidate, best);
        pointers.set(candidate, { previous: bestState, linked: true });
      }
    }
    if (next.size > MAX_STATES) {
      const kept = [...next.entries()].sort((a, b) => a[1] - b[1]).slice(0, MAX_STATES);
      states = new Map(kept);
    } else {
      states = next;
    }
    back.push(pointers);
  }

  let state = -1;
  let cost = 0;
  if (words.length > 0) {
    cost = Number.POSITIVE_INFINITY;
    for (const [candidate, total] of states) {
      if (total < cost) {
        cost = total;
        state = candidate;
      }
    }
  }
  const links: Array<TokenLink | null> = statement.tokens.map(() => null);
  for (let step = words.length - 1; step >= 0; step -= 1) {
    const pointer = back[step]!.get(state)!;
    if (pointer.linked) {
      const position = positions[state]!;
      links[words[step]!.index] = { passage: position.passage, token: position.token };
    }
    state = pointer.previous;
  }

  const steps: AlignmentStep[] = [];
  let previous: number | null = null;
  links.forEach((link, index) => {
    if (!link) return;
    if (previous !== null) {
      const from = links[previous]!;
      const fromToken = passages[from.passage]!.tokens[from.token]!;
      const toToken = passages[link.passage]!.tokens[link.token]!;
      let kind: StepKind;
      let skipped: TextToken[] = [];
      let breaks = false;
      if (from.passage !== link.passage || fromToken.sentence !== toToken.sentence) kind = "jump";
      else if (link.token <= from.token) kind = "reorder";
      else {
        const gap = gapOf(
          { passage: from.passage, token: from.token, sentence: 0 },
          { passage: link.passage, token: link.token, sentence: 0 },
        );
        skipped = gap.skipped;
        breaks = gap.breaks;
        kind = skipped.some((token) => token.pos !== "PUNCT") ? "gap" : "next";
      }
      steps.push({ kind, from: previous, to: index, skipped, breaksClause: breaks });
    }
    previous = index;
  });
  return { links, steps, cost, wordCount: words.length };
}
