import { readFile } from "node:fs/promises";
import type { Digest } from "@roundup/prompts";
import { z } from "zod";
import type { DigestEngine } from "../digest/engines/digest-engine.js";
import { articleSentences } from "../digest/evidence/article-sentences.js";
import { type DigestPlan, draftDigest, draftDigests, planDigest } from "../digest/generate-digest.js";
import { isRoundupError, RoundupError } from "../errors/index.js";
import { linkNearDuplicates } from "../ingest/index.js";
import type { Article } from "../model/index.js";
import { cutToWords, lexRankSummary } from "./lexrank.js";
import type { SkippedItem } from "./prepare-corpus.js";
import { averageRougeScores, type RougeOptions, type RougeScores, rouge } from "./rouge.js";

/** Human summaries of one gold story (one JSONL line of a references file). */
export interface ReferenceSummaries {
  story: string;
  summaries: string[];
}

const referenceSchema = z.object({ story: z.string().min(1), summaries: z.array(z.string()) });

/** Parses reference-summary JSONL: `{"story": "<gold id>", "summaries": ["…", "…"]}` per line. */
export function parseReferences(content: string, name = "references"): ReferenceSummaries[] {
  const references: ReferenceSummaries[] = [];
  for (const [index, line] of content.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new RoundupError("INPUT_MALFORMED", `line ${index + 1} is not valid JSON`, {
        input: `${name}:${index + 1}`,
        fix: "write one JSON object per line",
        cause,
      });
    }
    const parsed = referenceSchema.safeParse(value);
    if (!parsed.success) {
      throw new RoundupError("INPUT_MALFORMED", `line ${index + 1} is not a reference record`, {
        input: `${name}:${index + 1}`,
        fix: 'each line needs {"story": string, "summaries": string[]}',
      });
    }
    references.push(parsed.data);
  }
  return references;
}

export async function readReferences(path: string): Promise<ReferenceSummaries[]> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (cause) {
    throw new RoundupError("INPUT_NOT_FOUND", "cannot read the reference summaries", {
      input: path,
      fix: "check the path to the references .jsonl",
      cause,
    });
  }
  return parseReferences(content, path);
}

/** A citation as the evaluation reports it: article ids are the corpus `id` values. */
export interface EvaluatedCitation {
  articleId: string;
  chunkId: string;
  start: number;
  end: number;
}

export interface StoryDigestEvaluation {
  story: string;
  /** The summary cut at `words` words. */
  text: string;
  sentences: Array<{ text: string; citations: EvaluatedCitation[] }>;
  /** The LexRank baseline at the same length, its last sentence cut at the budget (the published convention). */
  lexrank: string;
  /** LexRank of whole sentences within the budget, as the engine's summary is written. */
  lexrankWholeSentences: string;
  rouge: RougeScores | null;
  lexrankRouge: RougeScores | null;
  lexrankWholeSentencesRouge: RougeScores | null;
}

export interface DigestEvaluation {
  engine: string;
  words: number;
  multipleReferences: "average" | "max";
  stories: StoryDigestEvaluation[];
  /** Means over the stories that have references; null when none has. */
  rouge: RougeScores | null;
  lexrankRouge: RougeScores | null;
  lexrankWholeSentencesRouge: RougeScores | null;
  /** Mean words of the scored texts: the engine's whole sentences stop short of the budget, LexRank's cut fills it. */
  meanWords: { engine: number; lexrank: number; lexrankWholeSentences: number };
  storiesWithReferences: number;
  /** Gold stories no digest could be written for (no usable sentence, an engine failure), with the reason. */
  skippedStories: SkippedItem[];
  /** Summary sentences (within the cut) that carry at least one citation. */
  citedSentenceShare: number;
  /** Citations (within the cut) whose sentence passed verification. */
  verifiedCitationShare: number;
}

export interface EvaluateDigestsOptions {
  /** Prepared articles from an evaluation corpus; `goldStory` groups them, `externalId` names them. */
  articles: readonly Article[];
  engine?: DigestEngine;
  prompt?: string;
  /** Summary length for scoring. Default 100 words. */
  words?: number;
  references?: readonly ReferenceSummaries[];
  rouge?: RougeOptions;
  /** Link near-duplicates inside each gold story first, as the product does. Default true. */
  linkDuplicates?: boolean;
  signal?: AbortSignal;
}

function meanWords(texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  return texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0) / texts.length;
}

/**
 * Writes one digest per gold story with the chosen engine, cuts it at `words` words, and, where
 * references exist, scores it with ROUGE-1/2/L F1 against them next to a LexRank summary of the
 * same length, in two forms: cut mid-sentence at the budget (the published convention, which
 * fills it) and of whole sentences within it (as the engine's summary is: an editor publishes
 * whole cited sentences, so it stops short of the budget by a few words). Several references are averaged by default (ROUGE-1.5.5's model average);
 * `rouge.multipleReferences: "max"` takes the best one instead.
 */
export async function evaluateDigests(options: EvaluateDigestsOptions): Promise<DigestEvaluation> {
  const words = options.words ?? 100;
  const rougeOptions: RougeOptions = { stem: true, multipleReferences: "average", ...options.rouge };
  const referencesByStory = new Map(
    (options.references ?? []).map((reference) => [reference.story, reference.summaries]),
  );
  const groups = new Map<string, Article[]>();
  for (const article of options.articles) {
    if (!article.goldStory) continue;
    groups.set(article.goldStory, [...(groups.get(article.goldStory) ?? []), article]);
  }
  if (groups.size === 0) {
    throw new RoundupError("INPUT_MALFORMED", "no article has a gold story label", {
      input: "evaluation corpus",
      fix: 'give every corpus record a "story" field to evaluate digests',
    });
  }
  const stories: StoryDigestEvaluation[] = [];
  let sentenceCount = 0;
  let citedSentences = 0;
  let citationCount = 0;
  let verifiedCitations = 0;
  let engineName = options.engine?.name ?? "offline";
  const storyArticles = [...groups].map(([storyId, members]) => ({
    storyId,
    articles: options.linkDuplicates === false ? members : linkNearDuplicates(members),
  }));
  // A story that cannot be digested is named with its reason and the run goes on.
  const skippedStories: SkippedItem[] = [];
  const skipOn = (storyId: string, error: unknown) => {
    if (!isRoundupError(error)) throw error;
    skippedStories.push({ id: storyId, reason: error.message });
  };
  const planned: Array<{ storyId: string; articles: Article[]; plan: DigestPlan }> = [];
  for (const { storyId, articles } of storyArticles) {
    try {
      const plan = planDigest({
        story: {
          id: storyId,
          label: storyId,
          articleIds: articles.map((article) => article.id),
          startAt: null,
          endAt: null,
        },
        articles,
        ...(options.engine ? { engine: options.engine } : {}),
        ...(options.prompt ? { prompt: options.prompt } : {}),
        words,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      planned.push({ storyId, articles, plan });
    } catch (error) {
      skipOn(storyId, error);
    }
  }
  // An engine that batches (the Batch API) gets every story in one call; others one story at a time.
  const digests: Array<Digest | null> = [];
  if (planned[0]?.plan.engine.draftMany) {
    const drafted = await draftDigests(planned.map(({ plan }) => plan));
    for (const [index, digest] of drafted.entries()) {
      if (digest instanceof RoundupError) skipOn(planned[index]!.storyId, digest);
      digests.push(digest instanceof RoundupError ? null : digest);
    }
  } else {
    for (const { storyId, plan } of planned) {
      try {
        digests.push(await draftDigest(plan));
      } catch (error) {
        skipOn(storyId, error);
        digests.push(null);
      }
    }
  }
  for (const [storyIndex, { storyId, articles }] of planned.entries()) {
    const digest = digests[storyIndex];
    if (!digest) continue;
    const externalIds = new Map(articles.map((article) => [article.id, article.externalId ?? article.id]));
    engineName = digest.generation.engine;
    const sentences: StoryDigestEvaluation["sentences"] = [];
    let used = 0;
    for (const sentence of digest.summary) {
      if (used >= words) break;
      const tokens = sentence.text.split(/\s+/).filter(Boolean);
      const kept = tokens.slice(0, words - used);
      used += kept.length;
      sentences.push({
        text: kept.join(" "),
        citations: sentence.citations.map((citation) => ({
          ...citation,
          articleId: externalIds.get(citation.articleId) ?? citation.articleId,
        })),
      });
      sentenceCount += 1;
      if (sentence.citations.length > 0) citedSentences += 1;
      citationCount += sentence.citations.length;
      if (sentence.verification?.status === "verified") verifiedCitations += sentence.citations.length;
    }
    const text = cutToWords(sentences.map((sentence) => sentence.text).join(" "), words);
    const sourceSentences = articleSentences(articles).map((item) => item.sentence.text);
    const lexrank = lexRankSummary(sourceSentences, { words }).text;
    const lexrankWholeSentences = lexRankSummary(sourceSentences, { words, wholeSentences: true }).text;
    const references = referencesByStory.get(storyId)?.filter((summary) => summary.trim() !== "") ?? [];
    stories.push({
      story: storyId,
      text,
      sentences,
      lexrank,
      lexrankWholeSentences,
      rouge: references.length > 0 ? rouge(text, references, rougeOptions) : null,
      lexrankRouge: references.length > 0 ? rouge(lexrank, references, rougeOptions) : null,
      lexrankWholeSentencesRouge: references.length > 0 ? rouge(lexrankWholeSentences, references, rougeOptions) : null,
    });
  }
  const scored = stories.filter((story) => story.rouge !== null);
  return {
    engine: engineName,
    words,
    multipleReferences: rougeOptions.multipleReferences ?? "average",
    stories,
    rouge: scored.length > 0 ? averageRougeScores(scored.map((story) => story.rouge!)) : null,
    lexrankRouge: scored.length > 0 ? averageRougeScores(scored.map((story) => story.lexrankRouge!)) : null,
    lexrankWholeSentencesRouge:
      scored.length > 0 ? averageRougeScores(scored.map((story) => story.lexrankWholeSentencesRouge!)) : null,
    meanWords: {
      engine: meanWords(stories.map((story) => story.text)),
      lexrank: meanWords(stories.map((story) => story.lexrank)),
      lexrankWholeSentences: meanWords(stories.map((story) => story.lexrankWholeSentences)),
    },
    storiesWithReferences: scored.length,
    skippedStories,
    citedSentenceShare: sentenceCount > 0 ? citedSentences / sentenceCount : 0,
    verifiedCitationShare: citationCount > 0 ? verifiedCitations / citationCount : 0,
  };
}
