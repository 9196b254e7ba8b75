import type { Corroboration, DigestSentence } from "@roundup/prompts";
import type { Article } from "../../model/index.js";
import { escapeRegExp } from "../../text/escape-reg-exp.js";
import { oncePerText } from "../../text/once-per-text.js";
import type { ArticleSentence } from "../evidence/article-sentences.js";
import { datelineEnd } from "../evidence/editorial-problem.js";
import { STOPWORDS, wordTokens } from "../evidence/word-tokens.js";
import { outletOf } from "./independent-outlets.js";
import { numberWordsAsFigures } from "./number-words.js";
import { isOrganisationWord, TITLE_WORDS } from "./people-index.js";

/** Share of a statement's content (idf-weighted) a passage must state to carry its claim. */
const CARRIES = 0.6;
/** Share of a statement's names (people, places, organisations, days) the passage must name too. */
const NAMES_CARRIED = 0.67;

const NEGATION = /\b(?:not|no|never|none|neither|nor|without|refused|rejected|denied|declined)\b|n['’]t\b/i;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Light stemming so "walked"/"walks"/"walking" and "talks"/"talk" match: news paraphrases reuse words, not forms. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

interface Claim {
  terms: Set<string>;
  /** Figures a passage must give too. */
  numbers: Set<string>;
  /** The noun a figure counts ("52000" → "passenger"): the same figure counting another thing is another claim. */
  counted: Map<string, string>;
  /** How far a hedged figure may be from the exact one ("about 36,000": 35,814 gives it). */
  rounded: Map<string, number>;
  /** Days of months ("June 3" → june: 3): a passage giving that month may leave the day out, not give another. */
  days: Map<string, string>;
  names: Set<string>;
  /**
   * A person's given name with their surname ("Philip Carraway": philip → carraway): a passage naming
   * the person by surname ("Carraway and another admissions officer") names them too.
   */
  bySurname: Map<string, string>;
  /** Every capitalised word, the sentence's first too: what a passage names (its first word may be a name). */
  named: Set<string>;
  negated: boolean;
}

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
/** "June 3", "Sept. 14": a day of a month. */
const DAY_OF_MONTH = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?!\\d|[.,]\\d)`, "gi");
/** Figures that place or describe rather than state: an age set off after a name ("Kovač, 27,"), a span
 * from another moment ("three days after", "two weeks later"). Another outlet need not repeat them. */
const INCIDENTAL_FIGURE = [
  /(?<=\p{Lu}[\p{L}’'-]+,\s+)(\d{1,3})(?=,)/gu,
  /\b(\d+)(?=\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|later|before|earlier|ago|since)\b)/gi,
];

/** A hedge before a round figure: "about 36,000", "nearly 300". */
const HEDGED = /\b(?:about|around|roughly|approximately|nearly|almost|some)\s+[$£€]?$/i;
/** The most a hedged figure is taken to round off, as a share of itself (as disagreements read it). */
const MAX_ROUNDING = 0.08;

/** Half a step of a round figure's last non-zero digit, at most MAX_ROUNDING of it; 0 for one with no zeros to round. */
function roundingOf(figure: string): number {
  if (figure.includes(".")) return 0;
  const zeros = figure.length - figure.replace(/0+$/, "").length;
  const value = Number(figure);
  return zeros === 0 ? 0 : Math.min(10 ** zeros / 2, value * MAX_ROUNDING);
}

/** The passage's figure a claim's figure stands for: itself, or one within a hedged figure's rounding. */
function givenAs(figure: string, claim: Claim, passage: Claim): string | null {
  if (passage.numbers.has(figure)) return figure;
  const tolerance = claim.rounded.get(figure);
  if (tolerance === undefined) return null;
  const value = Number(figure);
  for (const other of passage.numbers) if (Math.abs(Number(other) - value) <= tolerance) return other;
  return null;
}

/** The noun right after a figure (past a scale word): "52,000 passengers", "1.2 million doses". */
const COUNTED_NOUN = /^(?:\s+(?:million|billion|thousand))?\s+(\p{L}{3,})\b/iu;

function claimOf(sentence: string): Claim {
  // A wire dateline ("BRAMFORD, May 9 (MPA) - ") is no part of the claim: its day is no figure a paper must repeat.
  const text = numberWordsAsFigures(
    sentence.slice(datelineEnd(sentence.trimStart()) + sentence.length - sentence.trimStart().length),
  );
  // "…, according to its owner, Fellside Water": who gives the claim is no part of it (named seldom
  // alike by two outlets), so its words and names are not asked of a passage.
  const stated = text.replace(ATTRIBUTION_TAIL, "");
  const terms = new Set(
    wordTokens(stated)
      .filter((word) => !STOPWORDS.has(word) && word.length > 1 && !/^\d/.test(word))
      .map(stem),
  );
  const days = new Map<string, string>();
  const incidental = new Set<number>();
  for (const match of text.matchAll(DAY_OF_MONTH)) {
    days.set(stem(match[1]!.toLowerCase()), match[2]!);
    incidental.add(match.index + match[0].length - match[2]!.length);
  }
  for (const pattern of INCIDENTAL_FIGURE) for (const match of text.matchAll(pattern)) incidental.add(match.index);
  const figures = [...text.matchAll(NUMBER)].filter((match) => !incidental.has(match.index));
  const numbers = new Set(figures.map((match) => match[0].replace(/,/g, "")));
  const rounded = new Map<string, number>();
  for (const match of figures) {
    if (!HEDGED.test(text.slice(0, match.index))) continue;
    const figure = match[0].replace(/,/g, "");
    const tolerance = roundingOf(figure);
    if (tolerance > 0) rounded.set(figure, tolerance);
  }
  // A figure with the noun it counts ("52,000 passengers") is one term of the claim, as specific as
  // a rare word: two outlets giving that count of that thing carry the claim whatever verb they put
  // round it ("affected about 52,000 passengers", "left about 52,000 passengers stranded").
  const counted = new Map<string, string>();
  for (const match of figures) {
    const noun = COUNTED_NOUN.exec(text.slice(match.index + match[0].length))?.[1]?.toLowerCase();
    if (!noun || STOPWORDS.has(noun)) continue;
    const figure = match[0].replace(/,/g, "");
    counted.set(figure, stem(noun));
    terms.add(`${figure} ${stem(noun)}`);
  }
  // Capitalised words not opening a sentence: the names a claim is about.
  const names = new Set(
    [
      ...(SAYING_END.test(stated) ? stated.replace(SAID_TAIL, "") : stated).matchAll(
        /(?<![.!?]\s|^|["“‘])\b([A-Z][\p{L}’'-]+)/gu,
      ),
    ]
      .map((match) => match[1]!.replace(/['’]s$/, "").toLowerCase())
      .filter((name) => !STOPWORDS.has(name)),
  );
  const named = new Set(
    [...text.matchAll(/\b(\p{Lu}[\p{L}’'-]+)/gu)].map((match) => match[1]!.replace(/['’]s$/, "").toLowerCase()),
  );
  const bySurname = new Map<string, string>();
  for (const match of text.matchAll(NAME_RUN)) {
    const tokens = match[0].split(/\s+/);
    // "Ashcombe University", "Harvard Medical School's Healthy Sleep": an organisation's or a place's
    // name, or a possessive run, no person's; and only the given name right before the surname.
    if (tokens.some((token) => isOrganisationWord(token.replace(/['’]s$/, "")) || /['’]s?$/.test(token))) continue;
    const [given, surname] = tokens.slice(-2) as [string, string];
    if (TITLE_WORDS.has(given.toLowerCase())) continue;
    bySurname.set(stem(given.toLowerCase()), surname.toLowerCase());
  }
  return { terms, numbers, counted, rounded, days, names, named, bySurname, negated: NEGATION.test(text) };
}

/** A closing attribution: "…, according to its owner, Fellside Water.", "…, according to the Delta Wire". */
const ATTRIBUTION_TAIL = /,\s+according\s+to\s+[^,;:“”"]+(?:,\s+[^,;:“”"]+)?[.!]?\s*$/u;

/**
 * A closing sayer: "…, the Energy Markets Regulator said on Friday.", "…, Westmoor Fire and Rescue
 * Service said.": another outlet telling the claim names the sayer its own way ("the regulator
 * announced on Friday"), so its names are not asked of a passage (its words still weigh, as any
 * term does). At most five words, no clause.
 */
const SAID_TAIL =
  /,\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+\s+(?:said|says|announced|confirmed)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[.!]?\s*$/u;

/** How SAID_TAIL ends, tested first: its words before the verb are tried from every comma. */
const SAYING_END =
  /(?:said|says|announced|confirmed)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[.!]?\s*$/u;

/** Capitalised words in a run: "Philip Carraway", "Dean Philip Carraway". */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+/gu;

/**
 * A subordinate clause closing a statement after its main clause: ", closing beaches and keeping
 * fishing boats in port", ", with cars, wine and farm goods still dividing them". Never "according
 * to" (an attribution) nor a clause set off inside the subject ("Ventura County, California,").
 */
const SUBORDINATE_TAIL =
  /,\s+(?:with|after|while|leaving|(?!according\b|including\b|during\b|following\b)[a-z]{3,}ing)\s/;
/** The share of a statement's content its main clause must hold to stand for it. */
const CORE_SHARE = 0.6;

/**
 * The claim of a statement's main clause, when a subordinate clause closes it: an outlet stating the
 * main clause in its own words, with every figure, day and (most) names of the whole statement,
 * carries it though it leaves the subordinate detail out ("Oil … began washing ashore in Ventura County
 * on Saturday" carries "Crude oil … washed ashore on Saturday, closing beaches and keeping fishing
 * boats in port"). Null when there is no such clause or the main clause is too little of the whole.
 */
function coreOf(statement: string, whole: Claim, idf: (term: string) => number): Claim | null {
  const tail = SUBORDINATE_TAIL.exec(statement);
  if (!tail) return null;
  const core = claimOf(statement.slice(0, tail.index));
  let total = 0;
  let kept = 0;
  for (const term of whole.terms) {
    total += idf(term);
    if (core.terms.has(term)) kept += idf(term);
  }
  if (total === 0 || kept / total < CORE_SHARE) return null;
  return { ...whole, terms: core.terms };
}

/**
 * Whether a passage states the claim: most of its content (idf-weighted), every number, most names,
 * and the same polarity ("did not walk out" does not carry "walked out"). Sharing some words is not enough.
 */
function carries(claim: Claim, passage: Claim, idf: (term: string) => number): boolean {
  // "About 36,000 runners finished" is carried by "35,814 runners finished": a hedged round figure
  // is given by the exact one it rounds.
  const given = new Map<string, string>();
  for (const number of claim.numbers) {
    const figure = givenAs(number, claim, passage);
    if (figure === null) return false;
    given.set(number, figure);
  }
  // "40,000 homes" and "40,000 trees" differ; "4 trapped miners" and "4 miners" do not (either noun is in the other).
  for (const [figure, noun] of claim.counted) {
    const other = passage.counted.get(given.get(figure) ?? figure);
    if (other && other !== noun && !passage.terms.has(noun) && !claim.terms.has(other)) return false;
  }
  for (const [month, day] of claim.days) {
    const given = passage.days.get(month);
    if (given !== undefined ? given !== day : !passage.terms.has(month)) return false;
  }
  if (claim.negated !== passage.negated) return false;
  if (claim.names.size > 0) {
    let named = 0;
    for (const name of claim.names) {
      const surname = claim.bySurname.get(stem(name));
      if (passage.named.has(name) || passage.terms.has(stem(name)) || (surname && passage.named.has(surname)))
        named += 1;
    }
    if (named / claim.names.size < NAMES_CARRIED) return false;
  }
  let total = 0;
  let covered = 0;
  for (const term of claim.terms) {
    const weight = idf(term);
    total += weight;
    const surname = claim.bySurname.get(term);
    if (passage.terms.has(term) || (surname && passage.named.has(surname)) || passage.terms.has(exactTerm(term, given)))
      covered += weight;
  }
  return total > 0 && covered / total >= CARRIES;
}

/** A figure-and-noun term ("36000 runner") as the passage's exact figure gives it ("35814 runner"). */
function exactTerm(term: string, given: ReadonlyMap<string, string>): string {
  const space = term.indexOf(" ");
  const figure = space > 0 ? given.get(term.slice(0, space)) : undefined;
  return figure ? `${figure}${term.slice(space)}` : term;
}

function merge(a: Claim, b: Claim): Claim {
  return {
    terms: new Set([...a.terms, ...b.terms]),
    numbers: new Set([...a.numbers, ...b.numbers]),
    counted: new Map([...b.counted, ...a.counted]),
    rounded: new Map([...b.rounded, ...a.rounded]),
    days: new Map([...a.days, ...b.days]),
    names: new Set([...a.names, ...b.names]),
    named: new Set([...a.named, ...b.named]),
    bySurname: new Map([...b.bySurname, ...a.bySurname]),
    negated: a.negated || b.negated,
  };
}

/**
 * Each outlet of the story by name, with how a sentence credits it for what it says: "…, Continental
 * Press Agency reported", "according to the National Wire Service". A sentence crediting another
 * outlet of the story relays that outlet's claim (a rewrite the near-duplicate check missed), so it
 * counts as that outlet.
 */
function creditPatterns(articles: readonly Article[], byId: ReadonlyMap<string, Article>) {
  const patterns = new Map<string, { pattern: RegExp; article: Article }>();
  for (const article of articles) {
    const outlet = outletOf(article, byId);
    if (!outlet.name || patterns.has(outlet.key)) continue;
    const name = escapeRegExp(outlet.name.replace(/^the\s+/i, ""));
    patterns.set(outlet.key, {
      pattern: new RegExp(
        `(?:according to (?:the\\s+)?${name}\\b|\\b${name}\\s+(?:has\\s+)?(?:reported|reports|said|says|first reported)\\b)`,
        "i",
      ),
      article,
    });
  }
  return (sentence: string, own: Article): Article => {
    const ownKey = outletOf(own, byId).key;
    for (const [key, { pattern, article }] of patterns) if (key !== ownKey && pattern.test(sentence)) return article;
    return own;
  };
}

interface StoryClaims {
  claims: Claim[];
  documentFrequency: Map<string, number>;
  /** Which sentences use each term, so a statement is compared only with sentences that share enough of its weighted terms to possibly carry it. */
  postings: Map<string, number[]>;
}

/** The story's sentences read as claims, once per sentence list (a digest corroborates its summary and its key points). */
const claimsOfStory = new WeakMap<readonly ArticleSentence[], StoryClaims>();

function storyClaims(sentences: readonly ArticleSentence[]): StoryClaims {
  const known = claimsOfStory.get(sentences);
  if (known) return known;
  // Rewrites repeat sentences: each text is read once (equal texts share their claim, never changed).
  const read = oncePerText(claimOf);
  const claims = sentences.map((item) => read(item.sentence.text));
  const documentFrequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    for (const term of claim.terms) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const story = { claims, documentFrequency, postings };
  claimsOfStory.set(sentences, story);
  return story;
}

/** Sentences shorter than this many words are too short to tell a copy from two outlets' plain wording. */
const COPY_MIN_WORDS = 12;
/**
 * Share of the shorter sentence's words that must run on, in one stretch and in order, in the longer
 * one: a copy, give or take an attribution. A paraphrase that reorders its clauses shares each
 * clause's words but never most of the sentence in one run.
 */
const COPY_SHARE = 0.7;

/**
 * The longest run of words two sentences share, in order. Two rows of counts, reused: it runs for
 * pairs of sentences of every claim, and a new row per word was most of its cost.
 */
function longestSharedRun(first: readonly string[], second: readonly string[]): number {
  let best = 0;
  let previous = new Int32Array(second.length + 1);
  let current = new Int32Array(second.length + 1);
  for (const word of first) {
    for (let index = 0; index < second.length; index += 1) {
      const run = second[index] === word ? previous[index]! + 1 : 0;
      current[index + 1] = run;
      if (run > best) best = run;
    }
    [previous, current] = [current, previous];
  }
  return best;
}

function isCopy(a: string, b: string): boolean {
  const [first, second] = [wordTokens(a), wordTokens(b)];
  const shorter = Math.min(first.length, second.length);
  return shorter >= COPY_MIN_WORDS && longestSharedRun(first, second) >= COPY_SHARE * shorter;
}

/**
 * Outlets that only relay another's words: every sentence of theirs carrying the claim is a copy
 * of one of an outlet kept (the first outlet counted of each set of copies stays). Outlets counted
 * by a verified citation alone have no sentence here and always stay.
 */
function copiedOutlets(carriers: ReadonlyMap<string, string[]>, outlets: ReadonlyMap<string, string>): string[] {
  const kept: string[] = [];
  const copied: string[] = [];
  for (const key of outlets.keys()) {
    const own = carriers.get(key);
    const relays =
      own !== undefined &&
      own.length > 0 &&
      own.every((text) => kept.some((other) => (carriers.get(other) ?? []).some((source) => isCopy(text, source))));
    if (relays) copied.push(key);
    else kept.push(key);
  }
  return copied;
}

/**
 * How many independent outlets carry each statement's claim: an outlet counts when one of its
 * sentences (or two neighbouring ones) states it, or when the statement cites it and the
 * verifier found the citation supports it. A near-duplicate counts as its original's outlet and
 * two articles of one outlet count once, and a sentence crediting another outlet of the story ("…,
 * Continental Press Agency reported") counts as that outlet, so rewrites never count twice. `articleIds` lists one
 * article per outlet (the cited one first).
 */
export function corroborate<T extends DigestSentence>(
  statements: readonly T[],
  articles: readonly Article[],
  sentences: readonly ArticleSentence[],
): Array<T & { corroboration: Corroboration }> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const creditedOutlet = creditPatterns(articles, byId);
  const { claims, documentFrequency, postings } = storyClaims(sentences);
  const idf = (term: string) => Math.log((1 + claims.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;

  return statements.map((statement) => {
    const claim = claimOf(statement.text);
    const core = coreOf(statement.text, claim, idf);
    const outlets = new Map<string, string>();
    const add = (article: Article) => {
      const outlet = outletOf(article, byId);
      if (!outlets.has(outlet.key))
        outlets.set(
          outlet.key,
          article.duplicateOf && byId.has(article.duplicateOf) ? article.duplicateOf : article.id,
        );
    };
    if (statement.verification?.status === "verified") {
      for (const citation of statement.citations) {
        const article = byId.get(citation.articleId);
        if (article) add(article);
      }
    }
    let total = 0;
    // The weight of the statement's terms each sentence uses (every idf is at least 1: 0 is none).
    const covered = new Float64Array(sentences.length);
    const candidates: number[] = [];
    const cover = (index: number, weight: number) => {
      if (covered[index] === 0) candidates.push(index);
      covered[index] = covered[index]! + weight;
    };
    for (const term of claim.terms) {
      const weight = idf(term);
      total += weight;
      const posted = postings.get(term) ?? [];
      // A given name or title counts where the surname is given ("Carraway and another admissions officer").
      const surname = postings.get(stem(claim.bySurname.get(term) ?? ""));
      if (surname) for (const index of new Set([...posted, ...surname])) cover(index, weight);
      else for (const index of posted) cover(index, weight);
    }
    candidates.sort((a, b) => a - b);
    // Equal texts share their claim (see storyClaims): whether it carries the statement is asked once.
    const carriesClaim = new Map<Claim, boolean>();
    const carriesCore = new Map<Claim, boolean>();
    const carriedBySentence = (passage: Claim) => {
      let carried = carriesClaim.get(passage);
      if (carried === undefined) {
        carried = carries(claim, passage, idf);
        carriesClaim.set(passage, carried);
      }
      return carried;
    };
    const carriedByCore = (passage: Claim) => {
      if (core === null) return false;
      let carried = carriesCore.get(passage);
      if (carried === undefined) {
        carried = carries(core, passage, idf);
        carriesCore.set(passage, carried);
      }
      return carried;
    };
    // The sentences that carry the claim, by outlet: an outlet whose every one is another outlet's
    // sentence copied word for word relays that outlet (a rewrite the near-duplicate check missed).
    const carriers = new Map<string, string[]>();
    const carriedBy = (article: Article, text: string) => {
      const counted = creditedOutlet(text, article);
      add(counted);
      // A sentence crediting another outlet speaks for that outlet, whatever words it copies.
      if (counted !== article) return;
      const key = outletOf(counted, byId).key;
      carriers.set(key, [...(carriers.get(key) ?? []), text]);
    };
    for (const index of candidates) {
      const item = sentences[index]!;
      const own = covered[index]!;
      const next = sentences[index + 1];
      if ((own >= CARRIES * total && carriedBySentence(claims[index]!)) || carriedByCore(claims[index]!))
        carriedBy(item.article, item.sentence.text);
      else if (
        next &&
        next.article === item.article &&
        own + (covered[index + 1] ?? 0) >= CARRIES * total &&
        carries(claim, merge(claims[index]!, claims[index + 1]!), idf)
      )
        carriedBy(item.article, item.sentence.text);
    }
    for (const key of copiedOutlets(carriers, outlets)) outlets.delete(key);
    const corroboration: Corroboration = { outlets: outlets.size, articleIds: [...outlets.values()] };
    return { ...statement, corroboration };
  });
}
