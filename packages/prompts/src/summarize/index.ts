export type { SummarizePrompt } from "./prompt-registry.js";
export { DEFAULT_SUMMARIZE_PROMPT, getPrompt, listPrompts } from "./prompt-registry.js";
export { escapeData, renderArticles, renderFacts } from "./render-evidence.js";
export { repairMessages } from "./repair-messages.js";
export type { EvidencePassage, PromptMessage, SummarizeFacts, SummarizeInput } from "./summarize-input.js";
export type { CitedSentenceOutput, SummarizeOutput } from "./summarize-output-schema.js";
export { citedSentenceOutputSchema, summarizeOutputSchema } from "./summarize-output-schema.js";
export { renderSummarizeV1, summarizeV1 } from "./v1.js";
export { renderSummarizeV2, summarizeV2 } from "./v2.js";
