import { DEFAULT_SUMMARIZE_PROMPT } from "@roundup/prompts";
import type { LanguageModel } from "ai";
import { countTokens } from "../../chunk/index.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import { buildEvidencePassages, type EvidencePassages, takeWithinBudget } from "./build-evidence-passages.js";
import { callSummarizeModel, modelIdOf, resolvePrompt } from "./call-summarize-model.js";
import { citeModelOutput } from "./cite-model-output.js";
import type { DigestEngine, DigestRequest, EngineDraft } from "./digest-engine.js";
import { DEFAULT_PRICES, estimateCost, type PriceTable } from "./estimate-cost.js";
import { planModelInput } from "./plan-model-input.js";

export interface LlmEngineOptions {
  model: LanguageModel;
  /** Prompt id@version; a request's `prompt` overrides it. Default summarize@1. */
  prompt?: string;
  /** The model's context window in tokens; evidence gets what is left after prompt and answer. Default 16,000. */
  contextTokens?: number;
  /**
   * Evidence handed to the model: the best-ranked sentences up to this many o200k_base tokens.
   * Default 4,000 (about 130 sentences, far more than a 100–200 word digest needs). When it does not fit the context,
   * the engine map-reduces.
   */
  evidenceTokens?: number;
  maxOutputTokens?: number;
  /** Retries of 429/5xx with backoff (AI SDK `maxRetries`). Default 2. */
  maxRetries?: number;
  /** Per model call. Default 120 s. */
  timeoutMs?: number;
  /** The setting `timeoutMs` comes from (e.g. ROUNDUP_MODEL_TIMEOUT_SECONDS), named when a call runs out of time. */
  timeoutSetting?: string;
  /** Starts a model call's clock: a signal that aborts with a TimeoutError after `ms`. Default AbortSignal.timeout (an injected clock in tests). */
  timeoutSignal?: (ms: number) => AbortSignal;
  temperature?: number;
  prices?: PriceTable;
}

/** Groups of evidence that each fit the budget, for the map step. */
function splitByBudget(evidence: readonly RankedSentence[], budget: number): RankedSentence[][] {
  const groups: RankedSentence[][] = [];
  let current: RankedSentence[] = [];
  let used = 0;
  for (const candidate of evidence) {
    const tokens = countTokens(candidate.item.sentence.text) + 8;
    if (used + tokens > budget && current.length > 0) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(candidate);
    used += tokens;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * A digest written by a language model through the AI SDK. Code chooses and numbers the evidence
 * (budgeted with o200k_base), hands over the computed facts, and maps the passage ids the model
 * cites back to exact spans. When the evidence does not fit, a map step asks the model to
 * summarise each part and a reduce step writes the digest from the passages the parts cited.
 */
export function createLlmEngine(options: LlmEngineOptions): DigestEngine {
  const contextTokens = options.contextTokens ?? 16_000;
  const maxOutputTokens = options.maxOutputTokens ?? 1_500;
  return {
    name: "llm",
    settings(request: DigestRequest) {
      const prompt = resolvePrompt(request.prompt ?? options.prompt ?? DEFAULT_SUMMARIZE_PROMPT);
      return {
        promptId: prompt.id,
        model: modelIdOf(options.model),
        parts: [
          `context=${contextTokens}`,
          `evidence=${options.evidenceTokens ?? 4_000}`,
          `temperature=${options.temperature ?? "default"}`,
        ],
      };
    },
    async draft(request: DigestRequest): Promise<EngineDraft> {
      const started = performance.now();
      request.signal?.throwIfAborted();
      const prompt = resolvePrompt(request.prompt ?? options.prompt ?? DEFAULT_SUMMARIZE_PROMPT);
      const settings = {
        model: options.model,
        maxRetries: options.maxRetries ?? 2,
        timeoutMs: options.timeoutMs ?? 120_000,
        timeoutSetting: options.timeoutSetting,
        ...(options.timeoutSignal ? { timeoutSignal: options.timeoutSignal } : {}),
        maxOutputTokens,
        temperature: options.temperature,
        signal: request.signal,
      };
      const { inputFor, budget, modelEvidence } = planModelInput(request, prompt, contextTokens, maxOutputTokens);
      const candidates = takeWithinBudget(modelEvidence.current, options.evidenceTokens ?? 4_000);
      const allTokens = candidates.reduce((sum, candidate) => sum + countTokens(candidate.item.sentence.text) + 8, 0);

      let inputTokens = 0;
      let outputTokens = 0;
      let repairs = 0;
      let retries = 0;
      let finalEvidence: EvidencePassages;
      if (allTokens <= budget) {
        finalEvidence = buildEvidencePassages(candidates, request.facts.articleOrder, modelEvidence.newerOf);
      } else {
        // Map: each part names the passages that matter; reduce: one call over those passages.
        const chosen = new Set<RankedSentence>();
        for (const part of splitByBudget(candidates, budget)) {
          const partEvidence = buildEvidencePassages(part, request.facts.articleOrder, modelEvidence.newerOf);
          const result = await callSummarizeModel(prompt, inputFor(partEvidence), settings);
          inputTokens += result.inputTokens;
          outputTokens += result.outputTokens;
          repairs += result.repaired ? 1 : 0;
          retries += result.retries;
          const cited = new Set(
            [...result.output.sentences, ...result.output.keyPoints].flatMap((sentence) => sentence.passageIds),
          );
          const byCitation = new Map(
            part.map((candidate) => [`${candidate.item.article.id}:${candidate.item.sentence.start}`, candidate]),
          );
          for (const id of cited) {
            const citation = partEvidence.citations.get(id);
            const candidate = citation ? byCitation.get(`${citation.articleId}:${citation.start}`) : undefined;
            if (candidate) chosen.add(candidate);
          }
        }
        const reduced = takeWithinBudget(
          candidates.filter((candidate) => chosen.has(candidate)),
          budget,
        );
        finalEvidence = buildEvidencePassages(
          reduced.length > 0 ? reduced : takeWithinBudget(candidates, budget),
          request.facts.articleOrder,
          modelEvidence.newerOf,
        );
      }
      const input = inputFor(finalEvidence);
      const result = await callSummarizeModel(prompt, input, settings);
      inputTokens += result.inputTokens;
      outputTokens += result.outputTokens;
      repairs += result.repaired ? 1 : 0;
      retries += result.retries;
      const modelId = modelIdOf(options.model);
      const cited = citeModelOutput(result.output, finalEvidence, input.facts);
      return {
        ...cited,
        superseded: modelEvidence.superseded([...cited.summary, ...cited.keyPoints]),
        generation: {
          engine: "llm",
          model: modelId,
          promptId: prompt.id,
          usage: { inputTokens, outputTokens },
          costUsd: estimateCost(modelId, { inputTokens, outputTokens }, options.prices ?? DEFAULT_PRICES),
          latencyMs: performance.now() - started,
          repairs,
          retries,
        },
      };
    },
  };
}
