import type { SummarizeInput, SummarizePrompt } from "@roundup/prompts";
import { countTokens } from "../../chunk/index.js";
import type { EvidencePassages } from "./build-evidence-passages.js";
import { factsForPrompt } from "./build-evidence-passages.js";
import type { DigestRequest } from "./digest-engine.js";
import { type ModelEvidence, supersedeForModel } from "./supersede-for-model.js";

export interface ModelInputPlan {
  /** The prompt's input for a set of passages: the story, its facts as cited by those passages, the length. */
  inputFor(evidence: EvidencePassages): SummarizeInput;
  /** Tokens left for passages once the template and the answer have their room. */
  budget: number;
  modelEvidence: ModelEvidence;
}

/**
 * What every model engine (one call or a batch) decides before it chooses passages: the prompt's input,
 * the passages' token budget in a context of `contextTokens`, and the evidence with superseded
 * statements held back by code.
 */
export function planModelInput(
  request: DigestRequest,
  prompt: SummarizePrompt,
  contextTokens: number,
  maxOutputTokens: number,
): ModelInputPlan {
  const inputFor = (evidence: EvidencePassages): SummarizeInput => ({
    storyLabel: request.story.label,
    passages: evidence.passages,
    facts: factsForPrompt(request.facts, evidence.citations),
    words: request.words,
    maxSentences: 8,
  });
  // What the template itself costs, measured on an empty render, plus room for the answer.
  const overhead = prompt
    .render(inputFor({ passages: [], citations: new Map(), tokens: 0 }))
    .reduce((sum, message) => sum + countTokens(message.content), 0);
  const budget = Math.max(500, contextTokens - maxOutputTokens - overhead - 300);
  // Older statements newer news supersedes are not the model's to state: code puts them on the timeline.
  return { inputFor, budget, modelEvidence: supersedeForModel(request) };
}
