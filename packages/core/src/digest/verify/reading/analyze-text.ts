import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";
import { numberWordValue } from "./read-quantities.js";

/** A word, number or punctuation mark of an analysed text. */
export interface TextToken {
  /** As written. */
  text: string;
  /** What it is compared by: the lower-cased lemma, lightly stemmed; a number's value ("2,000" and "2000" → "2000"). */
  key: string;
  /** Universal part of speech from wink-nlp (NOUN, PROPN, VERB, AUX, NUM, PUNCT…). */
  pos: string;
  /** Character offsets into the analysed text. */
  start: number;
  end: number;
  /** Index of its sentence in the analysed text. */
  sentence: number;
  /**
   * The key without a derivational ending ("evacuation" and "evacuate" → "evacuat"), so a noun can
   * meet its verb; linking through it costs a little more than through the key.
   */
  root: string;
}

/**
 * Whether a token ends the clause a walk from a verb started in (in sentence `sentence`): another
 * sentence, another verb, a subordinator or a comma. Roles and agents are read inside one clause.
 */
export function leavesClause(token: TextToken, sentence: number): boolean {
  return token.sentence !== sentence || token.pos === "VERB" || token.pos === "SCONJ" || token.text === ",";
}

export interface AnalyzedText {
  text: string;
  tokens: TextToken[];
  sentenceCount: number;
}

// POS tags and lemmas need wink's pos pipe (the chunker loads only sentence splitting). Built once,
// lazily: loading the model takes a noticeable fraction of a second.
let nlp: WinkMethods | null = null;
/** How many words the model's lexicon holds: wink numbers a word it does not know after them. */
let lexiconSize = 0;
/**
 * Wink with its part-of-speech pipe, one instance for the process: the headline ranking tags with
 * it too (rank-headlines.ts), as a second instance cost its own load of the model (about 0.2 s of a
 * process's first digest).
 */
export function posTagger(): WinkMethods {
  if (!nlp) {
    nlp = winkNLP(model, ["sbd", "pos"]);
    // The first unknown word this fresh instance reads is numbered right after its lexicon (how wink
    // 2.4 numbers words, not a documented promise: the package is pinned to 2.4.x for it, and
    // headline-label.test.ts fails if it changes).
    lexiconSize = Number(nlp.readDoc("qxzvkjw").tokens().out(nlp.its.uniqueId)[0] ?? 0);
  }
  return nlp;
}

/**
 * Whether the English lexicon knows a word, in lower case: "dockworker" and "militia" are words;
 * "hama", what "Hamas" would be without its -s, is not, so "Hamas" is a name and no plural.
 */
export function isLexiconWord(word: string): boolean {
  const winkNlp = posTagger();
  const tokens = winkNlp.readDoc(word.toLowerCase()).tokens();
  return tokens.length() === 1 && Number(tokens.out(winkNlp.its.uniqueId)[0] ?? lexiconSize) < lexiconSize;
}

const FUNCTION_POS = new Set(["DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "INTJ", "X"]);

/** Whether a token carries content (a name, noun, verb, adjective, adverb or number) rather than grammar. */
export function isContentToken(token: TextToken): boolean {
  return !FUNCTION_POS.has(token.pos) && /[\p{L}\p{N}]/u.test(token.text);
}

// Suffixes wink's lemmatiser leaves on (unknown words, names used as verbs); stripping them lets
// "showcased" meet "showcase". Longest first.
const SUFFIXES = ["ings", "ing", "ied", "ies", "ed", "es", "s"];

/** A light stem: the lemma without a regular inflection, so variants wink does not know still meet. */
export function stemOf(word: string): string {
  if (word.length <= 4 || !/^\p{L}+$/u.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === "ies" || suffix === "ied" ? `${base}y` : base;
    }
  }
  return word;
}

/** Apostrophes and quotation marks of every kind as one straight form, so curly and straight text compare equal. */
export function normalizeMarks(text: string): string {
  return text.replace(/[‘’‚‛`´]/g, "'").replace(/[“”„‟]/g, '"');
}

const DIGITS = /^\d[\d,]*(?:\.\d+)?$/;
// A figure's magnitude written on to it ("£1.2m", "$3bn", "40k") with the full stop of a sentence's end.
const MAGNITUDE_WITH_STOP = /^(?:m|mn|bn|tn|k)\.$/i;
// A lower-case word with a full stop written on to it, which wink may read as an abbreviation ("ill.").
const STOPPED_WORD = /^\p{Ll}+\.$/u;
// Spelled-out forms that mean the same thing.
const SAME_AS: Record<string, string> = { percent: "%", pct: "%", "per cent": "%", cent: "cent" };
// "didn t" (text tokenised by a corpus) → the "t" is "not".
const NEGATED_AUX = /^(?:did|do|does|is|was|were|are|could|would|should|ca|wo|has|have|had|need|must|ai)n$/i;

// Derivational endings, longest first: "approval"/"approve", "announcement"/"announce", "damaging"/"damage",
// "closure"/"close".
const DERIVATIONAL = ["ments", "ment", "ions", "ion", "ance", "ence", "ing", "ure", "al", "e"];

// Whether the lexicon knows a verb, cached: roots are computed for every token.
const knownVerbs = new Map<string, boolean>();
function isKnownWord(word: string): boolean {
  let known = knownVerbs.get(word);
  if (known === undefined) {
    if (knownVerbs.size > 20_000) knownVerbs.clear();
    known = isLexiconWord(word);
    knownVerbs.set(word, known);
  }
  return known;
}

/**
 * A key without its derivational ending, for loose links. The root is the verb's stem without a
 * final "e", so the noun and the verb meet however the noun was formed: "announcement" and
 * "announce", "closure" and "close". An "-ation" noun keeps "-at" ("evacuation", "evacuate") unless the
 * lexicon knows the verb without it ("resignation" and "resign", "invitation" and "invite"); an
 * "-ery" noun of a verb in "-er" meets it ("discovery" and "discover").
 */
function rootOf(key: string): string {
  if (!/^\p{L}+$/u.test(key)) return key;
  if (key.endsWith("ery") && key.length >= 8 && isKnownWord(key.slice(0, -1))) return key.slice(0, -1);
  for (const suffix of DERIVATIONAL) {
    if (!key.endsWith(suffix) || key.length - suffix.length < 4) continue;
    const base = key.slice(0, -suffix.length);
    // "-ure" only where a verb stands behind it ("failure"), not in "measure".
    if (suffix === "ure" && !isKnownWord(base) && !isKnownWord(`${base}e`)) continue;
    if (base.endsWith("at") && suffix.startsWith("ion")) {
      const verb = base.slice(0, -2);
      if (verb.length >= 4 && (isKnownWord(verb) || isKnownWord(`${verb}e`))) return verb;
    }
    return suffix !== "e" && base.endsWith("e") && base.length > 4 ? base.slice(0, -1) : base;
  }
  return key;
}

// A capitalised common word ("Thieves stole…", "Delegates from…") is tagged as a name and keeps its
// inflection; its lemma as a lower-case word lets it meet the same word elsewhere. Cached per word.
const commonLemmas = new Map<string, string>();
function commonLemma(word: string): string {
  let lemma = commonLemmas.get(word);
  if (lemma === undefined) {
    if (commonLemmas.size > 20_000) commonLemmas.clear();
    const winkNlp = posTagger();
    const doc = winkNlp.readDoc(word);
    const pos = doc.tokens().out(winkNlp.its.pos)[0];
    lemma =
      doc.tokens().length() === 1 && pos !== "PROPN"
        ? (doc.tokens().out(winkNlp.its.lemma as unknown as typeof winkNlp.its.value)[0] ?? word)
        : word;
    commonLemmas.set(word, lemma);
  }
  return lemma;
}

/** A word read alone: its part of speech, lemma-based key and root. */
export function wordAlone(word: string): Pick<TextToken, "text" | "key" | "root" | "pos"> {
  const winkNlp = posTagger();
  const tokens = winkNlp.readDoc(word).tokens();
  const pos = tokens.out(winkNlp.its.pos)[0] ?? "X";
  const key = keyOf(word, tokens.out(winkNlp.its.lemma as unknown as typeof winkNlp.its.value)[0] ?? word, pos);
  return { text: word, key, root: rootOf(key), pos };
}

function keyOf(value: string, lemma: string, pos: string): string {
  const lower = normalizeMarks(value.toLowerCase());
  if (DIGITS.test(lower)) return lower.replace(/,/g, "").replace(/\.0+$/, "");
  const number = numberWordValue(lower);
  if (number !== null && (pos === "NUM" || lower === "one")) return String(number);
  const mapped = SAME_AS[lower];
  if (mapped) return mapped;
  const base = normalizeMarks(
    pos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(value) ? commonLemma(value.toLowerCase()) : lemma.toLowerCase(),
  );
  if (base === "n't" || base === "not") return "not";
  return stemOf(base);
}

/**
 * What a tokenised corpus wrote apart, to be joined back into one token so that it meets the same
 * word written normally: a decimal ("98. 7": news style never opens a sentence with a figure, so a
 * full stop between a figure and one or two digits is a decimal point), initials ("U. S." for
 * "U.S.") and an elided name ("o' neil" for "o'neil"). The joined token's key and how many tokens
 * before it belong to it, or null.
 */
function joinedWith(
  text: string,
  tokens: readonly TextToken[],
  value: string,
  start: number,
): { key: string; previousTokens: 1 | 2 } | null {
  const previous = tokens.at(-1);
  const beforePrevious = tokens.at(-2);
  if (!previous || !(start === previous.end + 1 && text[previous.end] === " ")) return null;
  const attached = beforePrevious !== undefined && beforePrevious.end === previous.start;
  if (/^\d{1,2}$/.test(value) && previous.text === "." && attached && /^\d{1,3}$/.test(beforePrevious.text))
    return { key: keyOf(`${beforePrevious.text}.${value}`, value, "NUM"), previousTokens: 2 };
  if (/^\p{L}\.$/u.test(value) && /^\p{L}\.(?: \p{L}\.)*$/u.test(previous.text))
    return { key: `${previous.key}${value.toLowerCase()}`, previousTokens: 1 };
  if (
    /^\p{L}+$/u.test(value) &&
    normalizeMarks(previous.text) === "'" &&
    attached &&
    /^[OoDdLl]$/.test(beforePrevious.text)
  )
    return { key: `${beforePrevious.text.toLowerCase()}'${value.toLowerCase()}`, previousTokens: 2 };
  return null;
}

// Phrasal verbs compared as the one verb a rewrite uses for them ("go up" as "rise", "drawn up" as
// "prepared"), by the verb's key and its particle: the particle stays, as grammar.
const PHRASAL_VERBS = new Map([
  ["go up", "rise"],
  ["go down", "fall"],
  ["step down", "resign"],
  ["stand down", "resign"],
  ["draw up", "prepare"],
  ["look for", "seek"],
  ["call off", "cancel"],
  ["turn down", "reject"],
  ["put off", "postpone"],
  ["pull out", "withdraw"],
  ["set up", "establish"],
  ["shut down", "close"],
  ["break out", "start"],
]);

/** Gives a phrasal verb the key of the one verb it stands for. */
function readPhrasalVerbs(tokens: TextToken[]): void {
  tokens.forEach((token, index) => {
    const particle = tokens[index + 1];
    if (token.pos !== "VERB" || !particle || particle.sentence !== token.sentence) return;
    const verb = PHRASAL_VERBS.get(`${token.key} ${particle.key}`);
    if (!verb) return;
    token.key = verb;
    token.root = rootOf(verb);
  });
}

/**
 * Words and their sentences with part of speech, lemma-based comparison keys and exact offsets.
 * Thousands written apart by a tokenised corpus ("56 , 000") are joined into one number, and so
 * are its decimals, initials and elided names (joinedWith).
 */
export function analyzeText(text: string): AnalyzedText {
  const winkNlp = posTagger();
  const doc = winkNlp.readDoc(text);
  const values = doc.tokens().out(winkNlp.its.value);
  const tags = doc.tokens().out(winkNlp.its.pos);
  // wink types its.lemma as an add-on function, which out() accepts at run time.
  const lemmas = doc.tokens().out(winkNlp.its.lemma as unknown as typeof winkNlp.its.value);
  const spans = doc.sentences().out(winkNlp.its.span) as unknown as Array<[number, number]>;
  const tokens: TextToken[] = [];
  let cursor = 0;
  // Sentences wink ended at a decimal point ("98. 7 per cent"), joined back to the one before.
  let joinedSentences = 0;
  spans.forEach(([first, last], winkSentence) => {
    for (let index = first; index <= last; index += 1) {
      const sentenceIndex = winkSentence - joinedSentences;
      const value = values[index]!;
      const at = text.indexOf(value, cursor);
      // wink may normalise a token (rare); keep the cursor where it was and give it an empty span there.
      const start = at >= 0 && at - cursor < 200 ? at : cursor;
      const end = at >= 0 && at - cursor < 200 ? at + value.length : cursor;
      cursor = end;
      let pos = tags[index] ?? "X";
      if (/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(value)) {
        // "non-shared-environment", "5-0", "u-boat": compared part by part, so a text that spaces
        // its hyphens ("u - boat") or drops them still meets it.
        let offset = start;
        for (const part of value.split(/(-)/)) {
          if (part === "") continue;
          const partPos = part === "-" ? "PUNCT" : /^\d/.test(part) ? "NUM" : pos;
          const key = keyOf(part, part, partPos);
          tokens.push({
            text: part,
            key,
            root: rootOf(key),
            pos: partPos,
            start: offset,
            end: offset + part.length,
            sentence: sentenceIndex,
          });
          offset += part.length;
        }
        continue;
      }
      const lastToken = tokens.at(-1);
      if (MAGNITUDE_WITH_STOP.test(value) && lastToken?.pos === "NUM" && lastToken.end === start) {
        // "£1.2m." ends a sentence: wink reads "m." as an abbreviation, where the passage's "£1.2m," has "m".
        const suffix = value.slice(0, -1);
        tokens.push(
          {
            text: suffix,
            key: suffix.toLowerCase(),
            root: suffix.toLowerCase(),
            pos: "NOUN",
            start,
            end: end - 1,
            sentence: sentenceIndex,
          },
          { text: ".", key: ".", root: ".", pos: "PUNCT", start: end - 1, end, sentence: sentenceIndex },
        );
        continue;
      }
      if (index === last && STOPPED_WORD.test(value) && pos === "PROPN" && isLexiconWord(value.slice(0, -1))) {
        // "fell ill." ends a sentence: wink reads "ill." as Illinois' abbreviation (and "mass.",
        // "wash." as states'); written in lower case it is the word and the sentence's full stop.
        const word = wordAlone(value.slice(0, -1));
        tokens.push(
          { ...word, start, end: end - 1, sentence: sentenceIndex },
          { text: ".", key: ".", root: ".", pos: "PUNCT", start: end - 1, end, sentence: sentenceIndex },
        );
        continue;
      }
      let key = keyOf(value, lemmas[index] ?? value, pos);
      // The tagger reads "said" after a name it took for a verb ("Pell & Garner said") as the adjective
      // of "the said company"; only after a determiner is it one.
      if (key === "said" && pos === "ADJ" && tokens.at(-1)?.pos !== "DET") {
        pos = "VERB";
        key = "say";
      }
      const token: TextToken = {
        text: value,
        key,
        root: rootOf(key),
        pos,
        start,
        end,
        sentence: sentenceIndex,
      };
      const previous = tokens[tokens.length - 1];
      const beforePrevious = tokens[tokens.length - 2];
      const joined = joinedWith(text, tokens, value, start);
      // A decimal may straddle the end of one of wink's sentences ("98." | "7 per cent"): the two are one.
      const acrossSentences = joined !== null && previous?.sentence !== sentenceIndex;
      if (joined && (!acrossSentences || (joined.previousTokens === 2 && index === first))) {
        if (acrossSentences) joinedSentences += 1;
        if (joined.previousTokens === 2) tokens.pop();
        const head = tokens.at(-1)!;
        head.end = end;
        head.text = text.slice(head.start, end);
        head.key = joined.key;
        head.root = joined.key;
        continue;
      }
      if (
        previous?.text === "," &&
        beforePrevious?.pos === "NUM" &&
        /^\d{1,3}(?:,\d{3})*$/.test(beforePrevious.text) &&
        /^\d{3}(?:\.\d+)?$/.test(value) &&
        beforePrevious.sentence === sentenceIndex
      ) {
        // "56 , 000": one number.
        tokens.pop();
        beforePrevious.end = end;
        beforePrevious.text = text.slice(beforePrevious.start, end);
        beforePrevious.key = `${beforePrevious.key}${value}`.replace(/\.0+$/, "");
        beforePrevious.root = beforePrevious.key;
        continue;
      }
      if (value.toLowerCase() === "t" && previous && NEGATED_AUX.test(previous.text)) {
        token.key = "not";
        token.root = "not";
        token.pos = "PART";
        previous.key = keyOf(previous.text.slice(0, -1), previous.text.slice(0, -1), "AUX");
        previous.root = previous.key;
        previous.pos = "AUX";
      }
      tokens.push(token);
    }
  });
  readPhrasalVerbs(tokens);
  return { text, tokens, sentenceCount: spans.length - joinedSentences };
}

/** Texts analysed at most this many between clearings: the steps of a long story's digest share them. */
const MOST_ANALYSES = 5_000;
const analyses = new Map<string, AnalyzedText>();

/**
 * analyzeText, each distinct text once: the verifier's cited passages, the disagreements' figure
 * sentences and the timeline's clauses are often the same sentences. Results are shared: callers must
 * not change them.
 */
export function analyzeTextOnce(text: string): AnalyzedText {
  let result = analyses.get(text);
  if (!result) {
    if (analyses.size >= MOST_ANALYSES) analyses.clear();
    result = analyzeText(text);
    analyses.set(text, result);
  }
  return result;
}
