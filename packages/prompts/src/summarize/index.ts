export type { SummarizePrompt } from "./prompt-registry.js";
export { DEFAULT_SUMMARIZE_PROMPT, getPrompt, listPrompts } from "./prompt-registry.js";
export type { RenderOptions } from "./render-evidence.js";
export { escapeData, renderArticles, renderFacts, renderStoryData } from "./render-evidence.js";
export { repairMessages, SUMMARIZE_ANSWER_SHAPE } from "./repair-messages.js";
export type { EvidencePassage, PromptMessage, SummarizeFacts, SummarizeInput } from "./summarize-input.js";
export type { CitedSentenceOutput, SummarizeOutput } from "./summarize-output-schema.js";
export {
  citedHeadlineOutputSchema,
  citedSentenceOutputSchema,
  summarizeOutputSchema,
} from "./summarize-output-schema.js";
export { renderSummarizeV1, summarizeV1 } from "./v1.js";
export { renderSummarizeV2, summarizeV2 } from "./v2.js";
export { renderSummarizeV3, summarizeV3 } from "./v3.js";
export { renderSummarizeV4, summarizeV4 } from "./v4.js";
export { renderSummarizeV5, summarizeV5 } from "./v5.js";
export { renderSummarizeV6, summarizeV6, summarizeV6OutputSchema } from "./v6.js";
export { renderSummarizeV7, summarizeV7 } from "./v7.js";
