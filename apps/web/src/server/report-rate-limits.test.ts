import { APICallError } from "@ai-sdk/provider";
import { generateText } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { reportRateLimits } from "./report-rate-limits";

describe("reportRateLimits", () => {
  it("tells the editor the provider rate-limited the call while the AI SDK retries it", async () => {
    let calls = 0;
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        calls += 1;
        if (calls === 1) {
          throw new APICallError({
            message: "rate limited",
            url: "http://127.0.0.1/v1/chat/completions",
            requestBodyValues: {},
            statusCode: 429,
            responseHeaders: { "retry-after-ms": "5" },
            isRetryable: true,
          });
        }
        return {
          content: [{ type: "text", text: "ok" }],
          finishReason: { unified: "stop", raw: "stop" },
          usage: {
            inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
            outputTokens: { total: 1, text: 1, reasoning: undefined },
          },
          warnings: [],
        };
      },
    });
    const events: string[] = [];
    const result = await generateText({
      model: reportRateLimits(model, (message) => events.push(message)),
      prompt: "hi",
      maxRetries: 2,
    });
    expect(result.text).toBe("ok");
    expect(calls).toBe(2);
    expect(events).toEqual(["Rate limited by the provider, retrying"]);
  });
});
