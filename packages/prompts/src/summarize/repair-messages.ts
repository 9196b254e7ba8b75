import type { PromptMessage } from "./summarize-input.js";

/**
 * The one repair turn: the original conversation, the model's invalid answer, and what was wrong
 * with it. Pure, shared by every summarize version (the schema is the same).
 */
export function repairMessages(
  messages: readonly PromptMessage[],
  invalidAnswer: string,
  problems: readonly string[],
): PromptMessage[] {
  return [
    ...messages,
    { role: "assistant", content: invalidAnswer.slice(0, 20_000) },
    {
      role: "user",
      content: [
        "Your answer does not match the required JSON schema:",
        ...problems.map((problem) => `- ${problem}`),
        "Answer again with only the corrected JSON object: headline, sentences [{text, passageIds}], keyPoints [{text, passageIds}].",
      ].join("\n"),
    },
  ];
}
