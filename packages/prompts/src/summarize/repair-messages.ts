import type { PromptMessage } from "./summarize-input.js";

/** What summarize@1 and @2 answer; later versions name their own shape. */
export const SUMMARIZE_ANSWER_SHAPE = "headline, sentences [{text, passageIds}], keyPoints [{text, passageIds}]";

/**
 * The one repair turn: the original conversation, the model's invalid answer, and what was wrong
 * with it. Pure, shared by every summarize version; `answerShape` names the fields the version wants.
 */
export function repairMessages(
  messages: readonly PromptMessage[],
  invalidAnswer: string,
  problems: readonly string[],
  answerShape: string = SUMMARIZE_ANSWER_SHAPE,
): PromptMessage[] {
  return [
    ...messages,
    { role: "assistant", content: invalidAnswer.slice(0, 20_000) },
    {
      role: "user",
      content: [
        "Your answer does not match the required JSON schema:",
        ...problems.map((problem) => `- ${problem}`),
        `Answer again with only the corrected JSON object: ${answerShape}.`,
      ].join("\n"),
    },
  ];
}
