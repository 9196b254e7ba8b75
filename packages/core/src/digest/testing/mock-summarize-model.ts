import type { LanguageModelV3CallOptions, LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import { MockLanguageModelV3 } from "ai/test";

/** The user message text of a call, as the model received it. */
export function userText(options: LanguageModelV3CallOptions): string {
  return options.prompt
    .filter((message) => message.role === "user")
    .flatMap((message) => (Array.isArray(message.content) ? message.content : []))
    .map((part) => ("text" in part ? part.text : ""))
    .join("\n");
}

/** Passage ids and texts as rendered in a prompt, with the later passages an older one names (summarize@5's `older-than`). */
export function passagesIn(text: string): Array<{ id: string; text: string; olderThan: string[] }> {
  return [...text.matchAll(/<passage id="(P\d+)"(?: older-than="([^"]*)")?>([\s\S]*?)<\/passage>/g)].map((match) => ({
    id: match[1]!,
    text: match[3]!,
    olderThan: match[2]?.split(" ") ?? [],
  }));
}

/** The passages a model that heeds summarize@5 states as current: those no later passage supersedes. */
export function currentPassages<T extends { olderThan?: readonly string[] }>(passages: readonly T[]): T[] {
  return passages.filter((passage) => !passage.olderThan?.length);
}

export function jsonResult(value: unknown, usage = { input: 100, output: 20 }): LanguageModelV3GenerateResult {
  return {
    content: [{ type: "text", text: typeof value === "string" ? value : JSON.stringify(value) }],
    finishReason: { unified: "stop", raw: "stop" },
    usage: {
      inputTokens: { total: usage.input, noCache: usage.input, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: usage.output, text: usage.output, reasoning: undefined },
    },
    warnings: [],
  };
}

/** The ids a model would cite for the headline "Israel and Hamas hold truce talks": the first passages naming each side. */
export function headlinePassageIds(passages: ReadonlyArray<{ id: string; text: string }>): string[] {
  const ids = ["Israel", "Hamas"].flatMap(
    (name) => passages.find((passage) => new RegExp(`\\b${name}\\b`).test(passage.text))?.id ?? [],
  );
  return ids.length > 0 ? [...new Set(ids)] : [passages[0]?.id ?? "P1"];
}

/**
 * A model that answers by copying the first passages it was given, citing each one, and leaves out
 * those marked older-than a later passage (as summarize@5 asks).
 */
export function copyingModel(modelId = "gpt-4o-mini", sentences = 3): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    modelId,
    doGenerate: async (options) => {
      const passages = currentPassages(passagesIn(userText(options)));
      const decodeEntities = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      return jsonResult({
        headline: "Israel and Hamas hold truce talks",
        headlinePassageIds: headlinePassageIds(passages),
        sentences: passages
          .slice(0, sentences)
          .map((passage) => ({ text: decodeEntities(passage.text), passageIds: [passage.id] })),
        keyPoints: passages
          .slice(sentences, sentences + 2)
          .map((passage) => ({ text: decodeEntities(passage.text), passageIds: [passage.id] })),
      });
    },
  });
}
