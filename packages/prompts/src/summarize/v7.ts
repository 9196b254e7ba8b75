import type { PromptMessage, SummarizeInput } from "./summarize-input.js";
import { summarizeV5User } from "./v5.js";
import { SUMMARIZE_V6_SYSTEM, summarizeV6OutputSchema } from "./v6.js";

// Each side of a disagreement now comes with who gives it; code checks a figure the model gives to
// an outlet against that outlet's passages (packages/core, engines/find-misattributed-figures.ts).
const SUMMARIZE_V7_SYSTEM = [
  SUMMARIZE_V6_SYSTEM,
  "- Each side of a disagreement in the facts names who gives that figure. When you say who gives a figure, name the one the facts or its passage give, never another outlet.",
].join("\n");

/** summarize@7: as @6, with each disagreement side's outlets and named source in the facts. */
export function renderSummarizeV7(input: SummarizeInput): PromptMessage[] {
  return [
    { role: "system", content: SUMMARIZE_V7_SYSTEM },
    { role: "user", content: summarizeV5User(input, { claimSources: true }) },
  ];
}

export const summarizeV7 = {
  id: "summarize@7",
  name: "summarize",
  version: 7,
  description:
    "As summarize@6, naming who gives each side of a disagreement (its outlets, and the source the text names) so the model does not give a figure to the wrong outlet.",
  render: renderSummarizeV7,
  outputSchema: summarizeV6OutputSchema,
  answerShape: "headline, headlinePassageIds, sentences [{text, passageIds}], keyPoints [{text, passageIds}]",
} as const;
