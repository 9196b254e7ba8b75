import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Story } from "../../model/index.js";
import { generateDigest } from "../generate-digest.js";
import { answerFromPrompt, chatCompletion, sendJson, startFakeServer } from "../testing/fake-openai-server.js";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
import { createModelFromConfig } from "./create-model-from-config.js";
import { createLlmEngine } from "./llm-engine.js";

const seeds = loadSeedArticles();
const story: Story = {
  id: "truce",
  label: "Israel–Hamas truce talks",
  articleIds: seeds.map((article) => article.id),
  startAt: null,
  endAt: null,
};

describe("createModelFromConfig over real HTTP", () => {
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  let failNext = 0;
  beforeAll(async () => {
    server = await startFakeServer((request, response) => {
      if (request.method !== "POST" || !request.path.endsWith("/chat/completions"))
        return sendJson(response, 404, { error: { message: "not found" } });
      if (failNext > 0) {
        failNext -= 1;
        response.setHeader("retry-after-ms", "5");
        return sendJson(response, 503, { error: { message: "overloaded" } });
      }
      const body = JSON.parse(request.body) as { model: string; messages: Array<{ role: string; content: string }> };
      const user = body.messages.find((message) => message.role === "user")?.content ?? "";
      sendJson(response, 200, chatCompletion(body.model, answerFromPrompt(user)));
    });
  });
  afterAll(() => server.close());

  it("sends the delimited evidence through @ai-sdk/openai-compatible and gets a cited digest", async () => {
    const model = createModelFromConfig({
      provider: "openai-compatible",
      baseURL: `${server.url}/v1`,
      apiKey: "test-key",
      model: "gpt-4o-mini",
    });
    const digest = await generateDigest({ story, articles: seeds, engine: createLlmEngine({ model }) });
    const request = server.requests.at(-1)!;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe("Bearer test-key");
    const body = JSON.parse(request.body) as {
      model: string;
      messages: Array<{ role: string; content: string }>;
      response_format?: { type: string };
    };
    expect(body.model).toBe("gpt-4o-mini");
    expect(body.response_format?.type).toBe("json_schema");
    expect(body.messages[0]).toMatchObject({ role: "system", content: expect.stringMatching(/untrusted data/) });
    expect(body.messages[1]?.content).toMatch(
      /<articles>\n<article id="A1" [^>]*>\n<passage id="P1"[^>]*>[\s\S]*<\/article>\n<\/articles>/,
    );
    expect(digest.summary).toHaveLength(3);
    expect(digest.summary.every((sentence) => sentence.verification?.status === "verified")).toBe(true);
    expect(digest.generation).toMatchObject({ model: "gpt-4o-mini", usage: { inputTokens: 1000, outputTokens: 100 } });
  });

  it("retries a 503 from the server", async () => {
    failNext = 1;
    const before = server.requests.length;
    const model = createModelFromConfig({
      provider: "openai-compatible",
      baseURL: `${server.url}/v1`,
      model: "local-model",
    });
    const digest = await generateDigest({ story, articles: seeds, engine: createLlmEngine({ model, maxRetries: 2 }) });
    expect(server.requests.length - before).toBe(2);
    expect(digest.generation.costUsd).toBe(0); // unknown model: no price
  });

  it("talks to the OpenAI Responses API with the openai provider", async () => {
    const responses = await startFakeServer((request, response) => {
      if (request.method !== "POST" || request.path !== "/v1/responses")
        return sendJson(response, 404, { error: { message: "not found" } });
      const body = JSON.parse(request.body) as {
        model: string;
        input: Array<{ role: string; content: string | Array<{ text: string }> }>;
      };
      const user = body.input.find((message) => message.role === "user");
      const text =
        typeof user?.content === "string" ? user.content : (user?.content ?? []).map((part) => part.text).join("");
      sendJson(response, 200, {
        id: "resp_1",
        created_at: 1_700_000_000,
        model: body.model,
        output: [
          {
            type: "message",
            role: "assistant",
            id: "msg_1",
            content: [{ type: "output_text", text: answerFromPrompt(text), annotations: [] }],
          },
        ],
        usage: {
          input_tokens: 900,
          output_tokens: 90,
          input_tokens_details: { cached_tokens: 0 },
          output_tokens_details: { reasoning_tokens: 0 },
        },
      });
    });
    try {
      const model = createModelFromConfig({
        provider: "openai",
        apiKey: "sk-test",
        baseURL: `${responses.url}/v1`,
        model: "gpt-4.1-mini",
      });
      const digest = await generateDigest({ story, articles: seeds, engine: createLlmEngine({ model }) });
      const body = JSON.parse(responses.requests[0]!.body) as { text?: { format?: { type: string } }; input: unknown };
      expect(body.text?.format?.type).toBe("json_schema");
      expect(JSON.stringify(body.input)).toMatch(/<articles>/);
      expect(digest.summary.every((sentence) => sentence.verification?.status === "verified")).toBe(true);
      expect(digest.generation).toMatchObject({ model: "gpt-4.1-mini", usage: { inputTokens: 900, outputTokens: 90 } });
      expect(digest.generation.costUsd).toBeCloseTo((900 * 0.4 + 90 * 1.6) / 1e6);
    } finally {
      await responses.close();
    }
  });

  it("rejects incomplete settings with a fix", () => {
    expect(() => createModelFromConfig({ provider: "openai", model: "gpt-4o-mini" })).toThrow(/API key/);
    expect(() => createModelFromConfig({ provider: "openai-compatible", model: "x" })).toThrow(/base URL/);
    expect(() => createModelFromConfig({ provider: "nope" as "openai", model: "x" })).toThrow(/provider/);
  });
});
