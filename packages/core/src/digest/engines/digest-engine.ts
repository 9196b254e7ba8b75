import type { Citation, DigestSentence, Generation } from "@roundup/prompts";
import type { RoundupError } from "../../errors/index.js";
import type { Article, Story } from "../../model/index.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import type { StoryFacts } from "../facts/extract-facts.js";

/** What generateDigest hands an engine: the story, its articles, and the facts and evidence code found. */
export interface DigestRequest {
  story: Story;
  articles: Article[];
  facts: StoryFacts;
  /** Usable sentences, best first. */
  evidence: RankedSentence[];
  /** Target length of the summary in words. */
  words: number;
  /** Prompt id@version for model engines (e.g. `summarize@1`); offline ignores it. */
  prompt: string | undefined;
  signal: AbortSignal | undefined;
}

/** The prose part of a digest: what an engine writes. Everything else is computed by code. */
export interface EngineDraft {
  headline: string;
  /** The passages the headline rests on; verified like every sentence. */
  headlineCitations: Citation[];
  /** Passage ids the model cited for the headline that name no passage it was given. */
  headlineUnknownCitations?: string[];
  /** What code found wrong in how the model's headline used its passages (an earlier report a later one supersedes). */
  headlineModelFaults?: string[];
  summary: DigestSentence[];
  keyPoints: DigestSentence[];
  /**
   * Older statements the draft leaves out because newer ones it shows supersede them, as indexes
   * into `facts.sentences`: code puts them on the timeline, dated.
   */
  superseded?: number[];
  /** The input hash is computed by generateDigest before drafting, so it is not the engine's. */
  generation: Omit<Generation, "inputHash">;
}

/** What determines an engine's output besides the evidence: known before any model is called. */
export interface EngineSettings {
  promptId: string;
  model: string | null;
  /** Other settings that change the output (e.g. `words=120`). */
  parts: string[];
}

/** A way of writing digests: offline (extractive), llm (AI SDK), batch (OpenAI Batch API). */
export interface DigestEngine {
  readonly name: string;
  /** The prompt, model and settings this engine would use for the request; pure and cheap. */
  settings(request: DigestRequest): EngineSettings;
  draft(request: DigestRequest): Promise<EngineDraft>;
  /**
   * Several stories at once, when the engine gains from it (the Batch API); drafts in request order.
   * A story whose draft failed (its answer failed the schema twice) gets its typed error in its
   * place, and the others their drafts; a fault of the whole call (the batch failed) still throws.
   */
  draftMany?(requests: readonly DigestRequest[]): Promise<Array<EngineDraft | RoundupError>>;
}
