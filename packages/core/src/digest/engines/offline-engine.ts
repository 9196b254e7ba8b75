import { type DigestSentence, MAX_SUMMARY_SENTENCES } from "@roundup/prompts";
import type { Article } from "../../model/index.js";
import { escapeRegExp } from "../../text/escape-reg-exp.js";
import { citationOf } from "../evidence/article-sentences.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import { NUMBER_WORD_SOURCE } from "../facts/reading/index.js";
import {
  chooseLede,
  citeHeadline,
  findHeadlineSource,
  hasMainVerb,
  isOpinionPiece,
  rankHeadlineCandidates,
} from "../select/headline/index.js";
import {
  findBackground,
  findIntroductions,
  findSceneSetting,
  orderSummary,
  type SelectSummaryOptions,
  selectKeyPoints,
  selectSummary,
} from "../select/summary/index.js";
import { chooseSuperseded, findLaterTolls, findSuperseded, statesProspect } from "../select/supersede/index.js";
import { articleTimes, type SentenceTimes, sentenceTimes } from "../select/times/index.js";
import { looksLikeInstructionOf } from "../verify/looks-like-instruction.js";
import { verifyStatement } from "../verify/verify-digest.js";
import type { DigestEngine, DigestRequest, EngineDraft } from "./digest-engine.js";

const OFFLINE_PROMPT_ID = "offline@1";

export interface OfflineEngineOptions {
  /** Most key points to list (sentences not in the summary). Default 5. */
  keyPoints?: number;
  /** Tuning of summary selection (evaluation scripts). */
  selection?: Pick<SelectSummaryOptions, "relevanceWeight" | "poolSize" | "redundancy" | "sourceWeight">;
}

function toDigestSentence(ranked: RankedSentence): DigestSentence {
  return { text: ranked.item.sentence.text, citations: [citationOf(ranked.item)] };
}

/**
 * The first headline candidate (see rankHeadlines) whose citations verify, with them. When none
 * does (untitled articles whose leads are all too long to cut), the summary's opening sentence,
 * which the digest already cites; the story's label only when there is no summary to lead with.
 * A headline is checked against its passages like every statement: a label the passages do not
 * carry (a story id, a section name) would be flagged.
 */
function headlineWithCitations(
  request: DigestRequest,
  verified: Pick<EngineDraft, "headline" | "headlineCitations"> | null,
  lede: DigestSentence | undefined,
): Pick<EngineDraft, "headline" | "headlineCitations"> {
  if (verified) return { headline: verified.headline, headlineCitations: verified.headlineCitations };
  const passages = headlinePassages(request);
  if (lede) return { headline: lede.text.trim().replace(/[.!]$/, ""), headlineCitations: lede.citations };
  return { headline: request.story.label, headlineCitations: citeHeadline(request.story.label, passages) };
}

/** The passages a headline may cite: every sentence of the articles but text addressed to a model. */
function headlinePassages(request: DigestRequest) {
  // Rewrites repeat sentences: each distinct one is read for an instruction once a digest.
  const instruction = looksLikeInstructionOf(request.articles);
  return request.articles.flatMap((article) =>
    article.chunks.flatMap((chunk) =>
      chunk.sentences
        .filter((sentence) => !instruction(sentence.text))
        .map((sentence) => ({ text: sentence.text, citation: citationOf({ article, chunk, sentence }) })),
    ),
  );
}

/**
 * A verified headline; `latest` when it comes from the report the ranking puts first (the story's
 * latest news by rankHeadlines' rules), not from an older one after the first one's failed.
 */
type VerifiedHeadline = Pick<EngineDraft, "headline" | "headlineCitations"> & { latest: boolean };

/** The first headline candidate whose citations verify, with them (see headlineWithCitations); null when none does. */
function verifiedHeadline(request: DigestRequest, evidence: readonly RankedSentence[]): VerifiedHeadline | null {
  const passages = headlinePassages(request);
  const byId = new Map(request.articles.map((article) => [article.id, article]));
  // A headline does not state as fact a figure the sources dispute ("passed … 26-13" when another
  // outlet says 27-12): the next verified candidate heads the digest, if there is one. A disputed
  // "4" is not the first group of "4,000" nor the whole of "4.5".
  const disputed = request.facts.disagreements.flatMap((disagreement) =>
    disagreement.claims.map(
      (claim) =>
        new RegExp(
          `(?<![\\d.,])${escapeRegExp(claim.value.replace(/^(?:about|around|nearly|almost|more than|over|at least)\s+/i, ""))}(?![\\d]|[.,]\\d)`,
        ),
    ),
  );
  // Citing and verifying a candidate costs: after a verified candidate with a disputed figure, only
  // a few more are tried for one without.
  let withDisputedFigure: VerifiedHeadline | null = null;
  let triesLeft = 3;
  const ranking = rankHeadlineCandidates(
    request.articles,
    evidence,
    articleTimes(request.articles, request.facts),
    request.facts.sentenceDates,
  );
  for (const { text: ranked, article } of ranking) {
    const latest = article === ranking[0]?.article;
    const headline = withoutDisputedClause(ranked, disputed);
    const isDisputed = disputed.some((value) => value.test(headline));
    if (withDisputedFigure && (isDisputed || triesLeft-- <= 0)) {
      if (triesLeft <= 0) break;
      continue;
    }
    // An older plan ("will meet on Wednesday to discuss cutting…") never stands in for the news that
    // settled it: the disputed figure's headline is kept over it.
    if (withDisputedFigure && statesProspect(headline)) continue;
    const headlineCitations = citeHeadline(headline, passages);
    const cited = { text: headline, citations: headlineCitations };
    // A title in headlinese ("Velora union threatens strike over pay") is read as a title: in the
    // passages' own words, however telegraphic (see checkSupport's kind "title").
    if (
      verifyStatement(cited, byId).status !== "verified" &&
      verifyStatement(cited, byId, { kind: "title" }).status !== "verified"
    )
      continue;
    if (!isDisputed) return { headline, headlineCitations, latest };
    withDisputedFigure = { headline, headlineCitations, latest };
  }
  return withDisputedFigure;
}

/** A distance from a point, up to the end of its clause: " about six miles from the car park where he left his car". */
const DISTANCE_FROM =
  /\s+(?:(?:about|around|roughly|some|nearly|almost|just|more than|over)\s+)?[\p{L}\d.,]+\s+(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|yards?)\s+(?:away\s+)?from\s+[^,;:]+?(?=[,;:]|$)/gu;

/** The size of a change, up to its unit: " by 1.5 million barrels a day" in "agreed to reduce production by 1.5 million barrels a day from November". */
const BY_AMOUNT =
  /\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|as much as|up to|more than|over)\s+)?[$£€]?\d[\d.,]*(?:\s*(?:million|billion|thousand|bn|m|%|percent|per cent))?(?:\s+[a-z]+){0,2}?(?:\s+(?:a|per)\s+(?:day|week|month|year))?(?=\s+(?:from|in|on|at|after|before|for|this|next|last)\b|[,.;:]|$)/gu;

/** A closing phrase from a preposition and a figure to the end: " to 11 counts of bribery and fraud", " of three counts of fraud". */
const TRAILING_OBJECT = new RegExp(
  `\\s+(?:to|of|on|with|for|in|at)\\s+(?:(?:about|around|roughly|some|nearly|almost|at least|more than|over)\\s+)?(?:[$£€]?\\d|(?:${NUMBER_WORD_SOURCE})\\b)[^,;:]*$`,
  "iu",
);

/** A change's verb and its object just before "by": "to reduce production", "cut oil output" (not "beating Victor Hale"). */
const CHANGE_BEFORE =
  /\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|raise|raises|raised|raising|increase|increases|increased|lower|lowers|lowered|trim|trims|trimmed|boost|boosts|boosted|lift|lifts|lifted|rose|fell|grew|shrank)\b(?:\s+[\p{L}-]+){0,3}$/u;

/**
 * A headline's news without its closing clause when only that clause states a disputed figure:
 * "Council member Elena Ruiz was elected mayor of Harbor City on Friday[, beating … by 3,780
 * votes]". What is left is the sentence's own words, cut where a comma ends its main clause, and
 * keeps a main verb; else the headline as it was.
 */
function withoutDisputedClause(headline: string, disputed: readonly RegExp[]): string {
  // "found alive in a bothy [about six miles from the car park]": where the place lies is a phrase a
  // headline can do without, and the place stays.
  const placed = headline.replace(DISTANCE_FROM, (phrase) =>
    disputed.some((value) => value.test(phrase)) ? "" : phrase,
  );
  if (placed !== headline && !disputed.some((value) => value.test(placed))) return placed;
  // "agreed to reduce production [by 1.5 million barrels a day] from November": the disputed size
  // of a change goes, the change stays.
  const unsized = headline.replace(BY_AMOUNT, (phrase, at: number) =>
    CHANGE_BEFORE.test(headline.slice(0, at)) && disputed.some((value) => value.test(phrase)) ? "" : phrase,
  );
  if (unsized !== headline && !disputed.some((value) => value.test(unsized)) && hasMainVerb(unsized)) return unsized;
  // "pleaded not guilty on Friday [to 11 counts of bribery and fraud]": a closing object that holds the
  // disputed figure goes, the news stays.
  const object = TRAILING_OBJECT.exec(headline);
  if (object && disputed.some((value) => value.test(object[0]))) {
    const rest = headline.slice(0, object.index);
    if (!disputed.some((value) => value.test(rest)) && rest.split(/\s+/).length >= 5 && hasMainVerb(rest)) return rest;
  }
  const cut = headline.lastIndexOf(", ");
  if (cut < 0) return headline;
  const kept = headline.slice(0, cut);
  const dropped = headline.slice(cut);
  if (!disputed.some((value) => value.test(dropped)) || disputed.some((value) => value.test(kept))) return headline;
  if (kept.split(/\s+/).length < 6 || !hasMainVerb(kept)) return headline;
  return kept;
}

/** Whether an article was printed after another (both dated). */
function printedAfter(article: Article, other: Article): boolean {
  return (
    !!article.publishedAt && !!other.publishedAt && Date.parse(article.publishedAt) > Date.parse(other.publishedAt)
  );
}

/** A pool's needs (see selectSummary's introductions) with each event's need of the latest toll added. */
function withLaterTolls(
  needs: ReadonlyMap<RankedSentence, readonly RankedSentence[][]>,
  pool: readonly RankedSentence[],
  times: SentenceTimes | null,
): Map<RankedSentence, readonly RankedSentence[][]> {
  const merged = new Map(needs);
  if (!times) return merged;
  for (const [event, tolls] of findLaterTolls(pool, times)) merged.set(event, [...(merged.get(event) ?? []), ...tolls]);
  return merged;
}

/**
 * The default engine, no model: an extractive digest. Sentences an editor would not publish are
 * left out (evidence/editorial-problem.ts); a figure a later report updates goes to the timeline;
 * the summary is chosen as a whole, within the word budget, to cover the concepts most independent
 * sources carry (selectSummary, an integer program solved by HiGHS), never setting an older
 * statement beside the newer one on the same matter unless it is kept with its date (see
 * findSuperseded's conflicts); it leads with the latest development, then what came before in
 * order, and
 * each sentence cites exactly the text it copies. Key points add what the summary does not say.
 */
export function createOfflineEngine(options: OfflineEngineOptions = {}): DigestEngine {
  const keyPointLimit = options.keyPoints ?? 5;
  return {
    name: "offline",
    settings(request: DigestRequest) {
      return { promptId: OFFLINE_PROMPT_ID, model: null, parts: [`keyPoints=${keyPointLimit}`] };
    },
    async draft(request: DigestRequest): Promise<EngineDraft> {
      const started = performance.now();
      request.signal?.throwIfAborted();
      // Text addressed to a model ("Ignore previous instructions…") is not news, whatever its score.
      const instruction = looksLikeInstructionOf(request.articles);
      // An opinion piece argues what should happen; the summary tells what happened, from the reports
      // (a story told only in columns keeps them).
      const reporting = request.articles.some((article) => !isOpinionPiece(article));
      const evidence = request.evidence.filter(
        (candidate) =>
          !instruction(candidate.item.sentence.text) && !(reporting && isOpinionPiece(candidate.item.article)),
      );
      // News describes the latest state: a figure a later report updates goes to the timeline, and
      // an older statement is never set beside the newer one on the same matter, unless it is an
      // event told with its own day (kept with its date).
      const times = sentenceTimes(evidence, request.articles, request.facts);
      const supersession = times ? findSuperseded(evidence, times, request.facts) : null;
      const current = supersession ? evidence.filter((candidate) => !supersession.outdated.has(candidate)) : evidence;
      // The headline is chosen first: with a known chronology, when the newest report's lede would be
      // a later detail of the report the headline was cut from, the summary opens with the headline's
      // sentence instead, so it tells the news its headline tells ("All seven miners were brought to
      // the surface", not only "The agency opened an investigation on Saturday").
      const headline = verifiedHeadline(request, evidence);
      const newest = chooseLede(current, times);
      const source = newest && headline ? findHeadlineSource(headline.headline, current) : null;
      // Only a sentence of the same report stands in, as another report's lead may tell other news;
      // unless the headline comes from the report the headline ranking puts first and the newest
      // lede's report was printed after it: a later report the ranking put below it (one that retells
      // an earlier day, a response, a look ahead) or that offers no headline tells nothing newer, so
      // the summary opens with the news its headline tells.
      const lede =
        newest &&
        source &&
        (source.item.article === newest.item.article ||
          (headline?.latest && printedAfter(newest.item.article, source.item.article)))
          ? source
          : newest;
      // The people a summary sentence may name by surname alone, once named in full (see findIntroductions).
      const people = request.facts.quotes.map((quote) => quote.speaker);
      const chosen = await selectSummary(current, {
        lede,
        words: request.words,
        // Room for sentences of average news length (about 18 words), never fewer than 8.
        maxSentences: Math.min(MAX_SUMMARY_SENTENCES, Math.max(8, Math.ceil(request.words / 18))),
        conflicts: supersession?.conflicts ?? [],
        background: (pool) => findBackground(pool, request.articles),
        // What a sentence needs beside it: a person's full name, and the story's latest toll beside
        // an event told with an earlier one (see findLaterTolls).
        introductions: (pool) => withLaterTolls(findIntroductions(pool, people), pool, times),
        ...options.selection,
      });
      const summary = orderSummary(
        chosen,
        times,
        request.facts.articleOrder,
        lede,
        findIntroductions(chosen, people),
      ).map(toDigestSentence);
      // A feature's scene-setting read alone as a key point says nothing happened (see findSceneSetting).
      const scene = findSceneSetting(current, request.articles);
      const points = await selectKeyPoints(
        current.filter((candidate) => !scene.has(candidate)),
        {
          limit: keyPointLimit,
          summary: chosen,
          conflicts: supersession?.conflicts ?? [],
          quotes: request.facts.quotes,
          people,
        },
      );
      const keyPoints = orderSummary(
        points,
        times,
        request.facts.articleOrder,
        null,
        findIntroductions(points, people),
      ).map(toDigestSentence);
      // What newer news supersedes is left out of the summary, not out of the digest: the timeline dates it.
      const superseded = supersession
        ? chooseSuperseded(evidence, supersession, { shown: [...chosen, ...points] })
        : [];
      return {
        ...headlineWithCitations(request, headline, summary[0]),
        summary,
        keyPoints,
        superseded: superseded.map((candidate) => candidate.index),
        generation: {
          engine: "offline",
          model: null,
          promptId: OFFLINE_PROMPT_ID,
          usage: { inputTokens: 0, outputTokens: 0 },
          costUsd: 0,
          latencyMs: performance.now() - started,
        },
      };
    },
  };
}
