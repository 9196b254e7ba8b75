import { type Digest, digestSchema, MAX_SUMMARY_SENTENCES } from "@roundup/prompts";
import { RoundupError } from "../errors/index.js";
import type { Article, Story } from "../model/index.js";
import type { DigestEngine, DigestRequest, EngineDraft } from "./engines/digest-engine.js";
import { createOfflineEngine } from "./engines/offline-engine.js";
import { rankEvidence } from "./evidence/rank-evidence.js";
import { buildSources, corroborate } from "./facts/corroboration/index.js";
import { extractFacts } from "./facts/extract-facts.js";
import { chooseQuotes } from "./facts/quotes/index.js";
import { onStoryClock } from "./facts/reading/index.js";
import { extendTimeline } from "./facts/timeline/index.js";
import { inputHash } from "./input-hash.js";
import { looksLikeInstructionOf } from "./verify/looks-like-instruction.js";
import { verifyDigest } from "./verify/verify-digest.js";

export interface GenerateDigestOptions {
  story: Story;
  /**
   * Prepared articles (ingest's prepareArticle + linkNearDuplicates). Those in `story.articleIds`
   * are used; an empty `articleIds` means all of them.
   */
  articles: readonly Article[];
  /** Default: the offline engine. */
  engine?: DigestEngine;
  /** Prompt id@version for model engines, e.g. `summarize@1`. */
  prompt?: string;
  /** Target summary length in words. Default 120. */
  words?: number;
  signal?: AbortSignal;
}

export interface GenerateDigestsOptions extends Omit<GenerateDigestOptions, "story"> {
  stories: readonly Story[];
}

/** A digest about to be drafted: the request code prepared, and what identifies its result. */
export interface DigestPlan {
  request: DigestRequest;
  engine: DigestEngine;
  /** sha256 of the evidence, engine, model, prompt id@version and settings: equal means reusable. */
  inputHash: string;
  promptId: string;
}

/**
 * Prepares a digest without drafting it: facts, evidence, and the input hash. Callers compare the
 * hash with a stored digest's to skip a model call whose result they already have.
 */
export function planDigest(options: GenerateDigestOptions): DigestPlan {
  options.signal?.throwIfAborted();
  const engine = options.engine ?? createOfflineEngine();
  return planFor(buildRequest(options, options.story), engine);
}

function planFor(request: DigestRequest, engine: DigestEngine): DigestPlan {
  const settings = engine.settings(request);
  const evidence = request.evidence.map(
    (candidate) => `${candidate.item.article.id}|${candidate.item.sentence.start}|${candidate.item.sentence.text}`,
  );
  const parts = [`engine=${engine.name}`, `model=${settings.model ?? ""}`, `words=${request.words}`, ...settings.parts];
  return { request, engine, inputHash: inputHash(settings.promptId, evidence, parts), promptId: settings.promptId };
}

/** Drafts a planned digest with its engine, then assembles and verifies it. */
export async function draftDigest(plan: DigestPlan): Promise<Digest> {
  plan.request.signal?.throwIfAborted();
  return assembleDigest(plan, await plan.engine.draft(plan.request));
}

function buildRequest(options: Omit<GenerateDigestOptions, "story">, story: Story): DigestRequest {
  const members = new Set(story.articleIds);
  // Stamps on the story's clock (see onStoryClock): facts, selection and engines count the same days.
  const articles = onStoryClock(options.articles.filter((article) => members.size === 0 || members.has(article.id)));
  if (articles.length === 0) {
    throw new RoundupError("STORY_NOT_FOUND", `story ${story.id} has none of the given articles`, {
      input: story.id,
      fix: "pass the articles listed in story.articleIds",
    });
  }
  const facts = extractFacts(articles);
  // Text addressed to a model ("every digest must say…") is not news: no engine gets it as evidence.
  const instruction = looksLikeInstructionOf(articles);
  const evidence = rankEvidence(articles, facts).filter((candidate) => !instruction(candidate.item.sentence.text));
  if (evidence.length === 0) {
    throw new RoundupError("INPUT_EMPTY", `the articles of story ${story.id} have no sentences to summarise`, {
      input: story.id,
      fix: "check that the articles have body text after cleaning",
    });
  }
  return {
    story,
    articles,
    facts,
    evidence,
    words: options.words ?? 120,
    prompt: options.prompt,
    signal: options.signal,
  };
}

function assembleDigest(plan: DigestPlan, draft: EngineDraft): Digest {
  const { request, engine } = plan;
  if (draft.summary.length === 0) {
    throw new RoundupError(
      "MODEL_OUTPUT_INVALID",
      `the ${engine.name} engine wrote no summary for story ${request.story.id}`,
      {
        input: request.story.id,
        fix: "check that the articles have body text; with a model engine, retry or use the offline engine",
      },
    );
  }
  const digest: Digest = {
    headline: draft.headline.trim() || request.story.label,
    headlineCitations: draft.headlineCitations,
    ...(draft.headlineUnknownCitations ? { headlineUnknownCitations: draft.headlineUnknownCitations } : {}),
    ...(draft.headlineModelFaults ? { headlineModelFaults: draft.headlineModelFaults } : {}),
    summary: draft.summary.slice(0, MAX_SUMMARY_SENTENCES),
    keyPoints: draft.keyPoints,
    timeline: extendTimeline(
      request.facts,
      request.articles,
      (draft.superseded ?? []).flatMap((index) => request.facts.sentences[index] ?? []),
    ),
    quotes: chooseQuotes(request.facts.quotes, request.articles, request.evidence),
    disagreements: request.facts.disagreements,
    sources: buildSources(request.articles),
    generation: { ...draft.generation, inputHash: plan.inputHash },
  };
  const verified = verifyDigest(digest, request.articles);
  // Corroboration is counted by code for every engine, after verification (a verified citation counts its outlet).
  const { sentences } = request.facts;
  const parsed = digestSchema.safeParse({
    ...verified,
    summary: corroborate(verified.summary, request.articles, sentences),
    keyPoints: corroborate(verified.keyPoints, request.articles, sentences),
  });
  if (parsed.success) return parsed.data;
  // A digest that breaks its own schema is a fault of this story's facts or draft, never of the run:
  // it gets a typed error naming the story and the field, and the other stories go on.
  const issue = parsed.error.issues[0];
  throw new RoundupError(
    "DIGEST_INVALID",
    `the digest of story ${request.story.id} is not valid at ${issue?.path.join(".") || "its root"}: ${issue?.message ?? "schema failed"}`,
    {
      input: request.story.id,
      fix: "report it with the story's articles; the story's other digests and the other stories are unaffected",
      cause: parsed.error,
    },
  );
}

/**
 * Writes the digest of one story. Code computes the facts (timeline, quotes, disagreements,
 * sources, evidence ranking); the engine writes the headline, summary and key points; then every
 * cited statement is verified against the articles. The result always satisfies `digestSchema`.
 */
export async function generateDigest(options: GenerateDigestOptions): Promise<Digest> {
  return draftDigest(planDigest(options));
}

/** A story's digest, or the typed error that stopped it; anything else (a cancelled run) is thrown. */
async function settle(plan: DigestPlan, draft: () => Digest | Promise<Digest>): Promise<Digest | RoundupError> {
  try {
    return await draft();
  } catch (error) {
    if (!(error instanceof RoundupError) || plan.request.signal?.aborted) throw error;
    return error;
  }
}

/**
 * Drafts planned digests, in order. An engine that drafts many at once (the batch engine) gets
 * them all in one go; others draft one story after another. A story that cannot be drafted gets
 * its typed error in its place (its answer failed the schema twice, it has no summary) and the
 * others go on; a fault of the whole run (a cancelled signal, a failed batch) throws.
 */
export async function draftDigests(plans: readonly DigestPlan[]): Promise<Array<Digest | RoundupError>> {
  const engine = plans[0]?.engine;
  if (!engine) return [];
  if (plans.some((plan) => plan.engine !== engine)) {
    throw new RoundupError("CONFIG_INVALID", "draftDigests got plans for different engines", {
      input: plans.map((plan) => plan.engine.name).join(", "),
      fix: "plan every story with the same engine",
    });
  }
  if (engine.draftMany) {
    const drafts = await engine.draftMany(plans.map((plan) => plan.request));
    return Promise.all(
      plans.map((plan, index) => {
        const draft = drafts[index]!;
        return draft instanceof RoundupError ? draft : settle(plan, () => assembleDigest(plan, draft));
      }),
    );
  }
  const digests: Array<Digest | RoundupError> = [];
  for (const plan of plans) digests.push(await settle(plan, () => draftDigest(plan)));
  return digests;
}

/** Digests of several stories, in order, with one engine (see draftDigests). */
export async function generateDigests(options: GenerateDigestsOptions): Promise<Array<Digest | RoundupError>> {
  options.signal?.throwIfAborted();
  const engine = options.engine ?? createOfflineEngine();
  return draftDigests(options.stories.map((story) => planFor(buildRequest(options, story), engine)));
}
