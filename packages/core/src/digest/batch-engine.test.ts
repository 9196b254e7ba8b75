import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Story } from "../model/index.js";
import { createBatchEngine } from "./batch-engine.js";
import { generateDigest, generateDigests } from "./generate-digest.js";
import { answerFromPrompt, sendJson, startFakeServer } from "./testing/fake-openai-server.js";
import { loadSeedArticles } from "./testing/load-seed-articles.js";

const seeds = loadSeedArticles();
const story: Story = {
  id: "truce",
  label: "Israel–Hamas truce talks",
  articleIds: seeds.map((article) => article.id),
  startAt: null,
  endAt: null,
};

/** The few Batch API endpoints the engine uses, backed by memory. */
function fakeBatchApi(options: { answer: (userContent: string, attempt: number) => string }) {
  const files = new Map<string, string>();
  const batches = new Map<string, { id: string; input: string; polls: number; output?: string }>();
  let attempts = 0;
  return async (request: { method: string; path: string; body: string }, response: Parameters<typeof sendJson>[0]) => {
    const path = request.path.replace(/^\/v1/, "");
    if (request.method === "POST" && path === "/files") {
      const jsonl = request.body
        .split(/\r?\n/)
        .filter((line) => line.startsWith('{"custom_id"'))
        .join("\n");
      const id = `file-${files.size + 1}`;
      files.set(id, jsonl);
      return sendJson(response, 200, {
        id,
        object: "file",
        bytes: jsonl.length,
        created_at: 1,
        filename: "roundup-digests.jsonl",
        purpose: "batch",
        status: "processed",
      });
    }
    if (request.method === "POST" && path === "/batches") {
      const body = JSON.parse(request.body) as { input_file_id: string; endpoint: string; completion_window: string };
      expect(body).toMatchObject({ endpoint: "/v1/chat/completions", completion_window: "24h" });
      const id = `batch-${batches.size + 1}`;
      batches.set(id, { id, input: body.input_file_id, polls: 0 });
      return sendJson(response, 200, batchObject(id, "validating"));
    }
    const retrieve = /^\/batches\/([\w-]+)$/.exec(path);
    if (request.method === "GET" && retrieve) {
      const batch = batches.get(retrieve[1]!)!;
      batch.polls += 1;
      if (batch.polls < 2) return sendJson(response, 200, batchObject(batch.id, "in_progress"));
      if (!batch.output) {
        attempts += 1;
        const lines = (files.get(batch.input) ?? "").split("\n").map(
          (line) =>
            JSON.parse(line) as {
              custom_id: string;
              body: { model: string; messages: Array<{ role: string; content: string }> };
            },
        );
        batch.output = lines
          .map((line) => {
            const user = line.body.messages.find((message) => message.role === "user")?.content ?? "";
            const content = options.answer(user, attempts);
            return JSON.stringify({
              id: `resp-${line.custom_id}`,
              custom_id: line.custom_id,
              response: {
                status_code: 200,
                request_id: "r",
                body: {
                  id: "c",
                  object: "chat.completion",
                  model: line.body.model,
                  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
                  usage: { prompt_tokens: 2000, completion_tokens: 200, total_tokens: 2200 },
                },
              },
              error: null,
            });
          })
          .join("\n");
        files.set(`${batch.id}-out`, batch.output);
      }
      return sendJson(response, 200, { ...batchObject(batch.id, "completed"), output_file_id: `${batch.id}-out` });
    }
    const content = /^\/files\/([\w-]+)\/content$/.exec(path);
    if (request.method === "GET" && content) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      return response.end(files.get(content[1]!) ?? "");
    }
    sendJson(response, 404, { error: { message: `no route ${request.method} ${path}` } });
  };
}

function batchObject(id: string, status: string) {
  return {
    id,
    object: "batch",
    endpoint: "/v1/chat/completions",
    input_file_id: "file-1",
    completion_window: "24h",
    status,
    created_at: 1,
    request_counts: { total: 1, completed: 0, failed: 0 },
  };
}

describe("createBatchEngine against a fake OpenAI server", () => {
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  let answer: (user: string, attempt: number) => string = (user) => answerFromPrompt(user);
  beforeAll(async () => {
    server = await startFakeServer(fakeBatchApi({ answer: (user, attempt) => answer(user, attempt) }));
  });
  afterAll(() => server.close());
  const client = () => new OpenAI({ apiKey: "test-key", baseURL: `${server.url}/v1`, maxRetries: 0 });

  it("uploads JSONL, creates and polls a batch, and reads a cited, verified digest", async () => {
    const engine = createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 });
    const digest = await generateDigest({ story, articles: seeds, engine });
    const paths = server.requests.map((request) => `${request.method} ${request.path}`);
    expect(paths).toEqual([
      "POST /v1/files",
      "POST /v1/batches",
      "GET /v1/batches/batch-1",
      "GET /v1/batches/batch-1",
      "GET /v1/files/batch-1-out/content",
    ]);
    const upload = server.requests[0]!.body;
    expect(upload).toContain('name="purpose"');
    expect(upload).toMatch(/"url":"\/v1\/chat\/completions"/);
    expect(upload).toMatch(/<articles>/);
    expect(digest.summary).toHaveLength(3);
    expect(digest.summary.every((sentence) => sentence.verification?.status === "verified")).toBe(true);
    expect(digest.headlineVerification).toEqual({ status: "verified", reasons: [] });
    expect(digest.generation).toMatchObject({
      engine: "batch",
      model: "gpt-4o-mini",
      promptId: "summarize@3",
      usage: { inputTokens: 2000, outputTokens: 200 },
    });
    expect(digest.generation.costUsd).toBeCloseTo(((2000 * 0.15 + 200 * 0.6) / 1e6) * 0.5);
  });

  it("writes several stories in one batch through generateDigests", async () => {
    answer = (user) => answerFromPrompt(user, 2);
    const before = server.requests.length;
    const [first, second] = [seeds.slice(0, 3), seeds.slice(3)];
    const digests = await generateDigests({
      stories: [
        { ...story, id: "early", articleIds: first.map((article) => article.id) },
        { ...story, id: "late", articleIds: second.map((article) => article.id) },
      ],
      articles: seeds,
      engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
    });
    expect(digests).toHaveLength(2);
    expect(server.requests.slice(before).filter((request) => request.path === "/v1/batches")).toHaveLength(1);
    const lateIds = new Set(second.map((article) => article.id));
    expect(
      digests[1]?.summary.every((sentence) => sentence.citations.every((citation) => lateIds.has(citation.articleId))),
    ).toBe(true);
  });

  it("repairs an invalid answer in a second batch, then gives up clearly", async () => {
    let calls = 0;
    answer = (user) => {
      calls += 1;
      return calls === 1 ? '{"headline":"x"}' : answerFromPrompt(user, 2);
    };
    const before = server.requests.length;
    const digest = await generateDigest({
      story,
      articles: seeds,
      engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
    });
    expect(digest.summary).toHaveLength(2);
    expect(server.requests.slice(before).filter((request) => request.path === "/v1/batches")).toHaveLength(2);
    const repairUpload = server.requests.slice(before).filter((request) => request.path === "/v1/files")[1]!.body;
    expect(repairUpload).toMatch(/does not match the required JSON schema/);

    answer = () => "not json";
    await expect(
      generateDigest({
        story,
        articles: seeds,
        engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
      }),
    ).rejects.toMatchObject({ code: "MODEL_OUTPUT_INVALID" });
  });
});
