import type { PromptMessage, SummarizeInput } from "./summarize-input.js";
import { citedHeadlineOutputSchema } from "./summarize-output-schema.js";
import { renderSummarizeV5, SUMMARIZE_V5_SYSTEM } from "./v5.js";

// Code now checks these too (packages/core, engines/cite-model-output.ts and verify/headline-label.ts):
// the model is told, as summarize@4 told it what verification checks.
export const SUMMARIZE_V6_SYSTEM = [
  SUMMARIZE_V5_SYSTEM,
  "- The headline says what happened most recently, with a verb, and cites the passages that tell it; never a section label or a topic such as 'Live Updates' or 'Port Strike'.",
  "- Write each fact once, and only news: no sentence about yourself or the task.",
].join("\n");

/** summarize@6's answer: as @3–@5, with the headline's rule in its description (sent with the JSON schema). */
export const summarizeV6OutputSchema = citedHeadlineOutputSchema.extend({
  headline: citedHeadlineOutputSchema.shape.headline.describe(
    "What happened most recently, with a verb (never a label such as 'Live Updates'), at most 15 words.",
  ),
});

/** summarize@6: as @5, and tells the model the headline and repetition rules code checks. */
export function renderSummarizeV6(input: SummarizeInput): PromptMessage[] {
  const [, user] = renderSummarizeV5(input);
  return [
    { role: "system", content: SUMMARIZE_V6_SYSTEM },
    { role: "user", content: user?.content ?? "" },
  ];
}

export const summarizeV6 = {
  id: "summarize@6",
  name: "summarize",
  version: 6,
  description:
    "As summarize@5, telling the model that the headline says what happened most recently with a verb (never a label) and that each fact is written once.",
  render: renderSummarizeV6,
  outputSchema: summarizeV6OutputSchema,
  answerShape: "headline, headlinePassageIds, sentences [{text, passageIds}], keyPoints [{text, passageIds}]",
} as const;
