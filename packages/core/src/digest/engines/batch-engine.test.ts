import type { Digest } from "@roundup/prompts";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoundupError } from "../../errors/index.js";
import type { Story } from "../../model/index.js";
import { generateDigest, generateDigests } from "../generate-digest.js";
import { fakeBatchApi } from "../testing/fake-batch-api.js";
import { answerFromPrompt, type RecordedRequest, startFakeServer } from "../testing/fake-openai-server.js";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
import { passagesIn } from "../testing/mock-summarize-model.js";
import { takeoverBidArticles } from "../testing/takeover-bid-articles.js";
import { type BatchSubmission, createBatchEngine } from "./batch-engine.js";

const seeds = loadSeedArticles();
const story: Story = {
  id: "truce",
  label: "Israel–Hamas truce talks",
  articleIds: seeds.map((article) => article.id),
  startAt: null,
  endAt: null,
};

describe("createBatchEngine against a fake OpenAI server", () => {
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  let answer: (user: string, attempt: number) => string = (user) => answerFromPrompt(user);
  let failRequest: (user: string, attempt: number) => boolean = () => false;
  let interrupt: (request: RecordedRequest) => number | undefined = () => undefined;
  beforeAll(async () => {
    server = await startFakeServer(
      fakeBatchApi({
        answer: (user, attempt) => answer(user, attempt),
        failRequest: (user, attempt) => failRequest(user, attempt),
        interrupt: (request) => interrupt(request),
      }),
    );
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
    expect(digest.headlineVerification).toMatchObject({ status: "verified", reasons: [] });
    expect(digest.generation).toMatchObject({
      engine: "batch",
      model: "gpt-4o-mini",
      promptId: "summarize@7",
      usage: { inputTokens: 2000, outputTokens: 200 },
      repairs: 0,
      retries: 0,
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
    const late = digests[1] as Digest;
    expect(
      late.summary.every((sentence) => sentence.citations.every((citation) => lateIds.has(citation.articleId))),
    ).toBe(true);
  });

  it("gives a story whose answer fails the schema twice its own typed error, and the others their digests", async () => {
    // The late story's answer misses its sentences in both rounds; the early story's is valid.
    answer = (user) => (user.includes("Late truce talks") ? '{"headline":"x"}' : answerFromPrompt(user, 2));
    const before = server.requests.length;
    const [first, second] = [seeds.slice(0, 3), seeds.slice(3)];
    const results = await generateDigests({
      stories: [
        { ...story, id: "early", label: "Early truce talks", articleIds: first.map((article) => article.id) },
        { ...story, id: "late", label: "Late truce talks", articleIds: second.map((article) => article.id) },
      ],
      articles: seeds,
      engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
    });
    expect(results).toHaveLength(2);
    const [early, late] = results;
    expect(early).not.toBeInstanceOf(RoundupError);
    expect(early).toMatchObject({ generation: { engine: "batch", repairs: 0 } });
    expect((early as Digest).summary.map((sentence) => sentence.verification?.status)).toEqual([
      "verified",
      "verified",
    ]);
    expect(late).toBeInstanceOf(RoundupError);
    expect(late).toMatchObject({ code: "MODEL_OUTPUT_INVALID", input: "late" });
    expect((late as RoundupError).message).toMatch(/for story late: .*sentences/);
    // Only the failed story went to the repair round.
    const uploads = server.requests.slice(before).filter((request) => request.path === "/v1/files");
    expect(uploads).toHaveLength(2);
    expect(uploads[1]!.body).toContain("Late truce talks");
    expect(uploads[1]!.body).not.toContain("Early truce talks");
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
    // The provenance says the answer was repaired.
    expect(digest.generation).toMatchObject({ repairs: 1, retries: 0 });

    answer = () => "not json";
    await expect(
      generateDigest({
        story,
        articles: seeds,
        engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
      }),
    ).rejects.toMatchObject({ code: "MODEL_OUTPUT_INVALID" });
  });

  it("sends a request that failed inside the batch again as it was, and records it and the calls the client retried", async () => {
    answer = (user) => answerFromPrompt(user);
    // The first batch's request fails (HTTP 500 in the error file); the first poll is rate limited.
    let failures = 1;
    failRequest = () => failures-- > 0;
    let limited = false;
    interrupt = (request) => {
      if (limited || request.method !== "GET" || !request.path.startsWith("/v1/batches/")) return undefined;
      limited = true;
      return 429;
    };
    const before = server.requests.length;
    const digest = await generateDigest({
      story,
      articles: seeds,
      engine: createBatchEngine({
        client: new OpenAI({ apiKey: "test-key", baseURL: `${server.url}/v1`, maxRetries: 1 }),
        model: "gpt-4o-mini",
        pollIntervalMs: 5,
      }),
    });
    const uploads = server.requests.slice(before).filter((request) => request.path === "/v1/files");
    expect(uploads).toHaveLength(2);
    // A retry, not a repair: the same conversation, no schema complaint.
    const conversation = (upload: string) => /"messages":(\[.*?\]),"response_format"/.exec(upload)?.[1];
    expect(uploads[1]!.body).not.toMatch(/does not match the required JSON schema/);
    expect(conversation(uploads[1]!.body)).toBe(conversation(uploads[0]!.body));
    expect(digest.summary.every((sentence) => sentence.verification?.status === "verified")).toBe(true);
    expect(digest.generation).toMatchObject({ repairs: 0, retries: 2 });

    // Failing again in the second batch: a provider failure that names the story, not a schema problem.
    failRequest = () => true;
    interrupt = () => undefined;
    await expect(
      generateDigest({
        story,
        articles: seeds,
        engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
      }),
    ).rejects.toMatchObject({ code: "PROVIDER_FAILED", message: expect.stringContaining("planted server error") });
    failRequest = () => false;
  });

  it("reports the batch as soon as it is submitted and resumes it after the first run died, without resubmitting", async () => {
    answer = (user) => answerFromPrompt(user);
    const before = server.requests.length;
    const submitted: BatchSubmission[] = [];
    const settled: string[] = [];
    // The first run "dies" right after submitting: its signal is aborted from onSubmitted.
    const controller = new AbortController();
    const firstRun = generateDigest({
      story,
      articles: seeds,
      signal: controller.signal,
      engine: createBatchEngine({
        client: client(),
        model: "gpt-4o-mini",
        pollIntervalMs: 5,
        onSubmitted: (submission) => {
          submitted.push(submission);
          controller.abort(new Error("process died"));
        },
        onSettled: (workId) => {
          settled.push(workId);
        },
      }),
    });
    await expect(firstRun).rejects.toThrow("process died");
    expect(submitted).toHaveLength(1);
    const [submission] = submitted;
    expect(submission).toMatchObject({
      round: 1,
      batchId: expect.stringMatching(/^batch-/),
      inputFileId: expect.stringMatching(/^file-/),
      requests: [{ customId: "job-0", storyId: "truce" }],
    });
    expect(settled).toEqual([]);

    const resumed: BatchSubmission[] = [];
    const lookups: string[] = [];
    const afterDeath = server.requests.length;
    const digest = await generateDigest({
      story,
      articles: seeds,
      engine: createBatchEngine({
        client: client(),
        model: "gpt-4o-mini",
        pollIntervalMs: 5,
        resume: (workId) => {
          lookups.push(workId);
          return workId === submission?.workId ? [submission.batchId] : undefined;
        },
        onSubmitted: (again) => {
          submitted.push(again);
        },
        onResumed: (again) => {
          resumed.push(again);
        },
        onSettled: (workId) => {
          settled.push(workId);
        },
      }),
    });
    // Same stories, evidence, prompt and model: the same work id, and the earlier batch is collected.
    expect(lookups).toEqual([submission?.workId]);
    expect(resumed).toEqual([{ ...submission }]);
    expect(submitted).toHaveLength(1);
    expect(settled).toEqual([submission?.workId]);
    const paths = server.requests.slice(afterDeath).map((request) => `${request.method} ${request.path}`);
    expect(paths).toEqual([
      `GET /v1/batches/${submission?.batchId}`,
      `GET /v1/batches/${submission?.batchId}`,
      `GET /v1/files/${submission?.batchId}-out/content`,
    ]);
    expect(server.requests.slice(before).filter((request) => request.path === "/v1/batches")).toHaveLength(1);
    expect(digest.summary.every((sentence) => sentence.verification?.status === "verified")).toBe(true);
  });

  it("refuses to collect a batch submitted for other requests", async () => {
    answer = (user) => answerFromPrompt(user);
    let other = "";
    await generateDigest({
      story: { ...story, articleIds: seeds.slice(0, 2).map((article) => article.id) },
      articles: seeds,
      engine: createBatchEngine({
        client: client(),
        model: "gpt-4o-mini",
        pollIntervalMs: 5,
        onSubmitted: (submission) => {
          other = submission.batchId;
        },
      }),
    });
    const before = server.requests.length;
    await expect(
      generateDigest({
        story,
        articles: seeds,
        engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5, resume: [other] }),
      }),
    ).rejects.toMatchObject({ code: "CONFIG_INVALID", message: expect.stringContaining("other requests") });
    expect(server.requests.slice(before).map((request) => request.method)).toEqual(["GET"]);
  });

  it("leaves what newer news supersedes out of the batch's passages and puts it on the timeline, dated", async () => {
    answer = (user) => answerFromPrompt(user, 4);
    failRequest = () => false;
    interrupt = () => undefined;
    const articles = takeoverBidArticles();
    const before = server.requests.length;
    const digest = await generateDigest({
      story: { ...story, id: "takeover", articleIds: articles.map((article) => article.id) },
      articles,
      engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
    });
    const upload = server.requests.slice(before).find((request) => request.path === "/v1/files")!.body;
    const passages = [...upload.matchAll(/<passage id=\\"P\d+\\"[^>]*>(.*?)<\/passage>/g)].map((match) => match[1]!);
    expect(passages.length).toBeGreaterThan(5);
    for (const [pattern, date] of [
      [/Arden Rail offered 640 pence/, "2026-11-16"],
      [/Kestrel's board rejected the proposal/, "2026-11-16"],
    ] as const) {
      expect(passages.some((text) => pattern.test(text))).toBe(false);
      const entry = digest.timeline.find((item) => pattern.test(item.text));
      expect(entry?.date, String(pattern)).toBe(date);
      expect(entry?.verification?.status).toBe("verified");
    }
  });

  it("flags a batch answer that leads with a passage marked older-than, as the llm engine does", async () => {
    // A model that ignores the marks: it copies the passages in reading order, oldest first.
    answer = (user) => {
      const passages = passagesIn(user);
      const older = passages.find((passage) => passage.olderThan.length > 0)!;
      return JSON.stringify({
        headline: "Kestrel's board backs Arden Rail's improved offer",
        headlinePassageIds: older.olderThan.slice(0, 1),
        sentences: [{ text: older.text, passageIds: [older.id] }],
        keyPoints: [],
      });
    };
    failRequest = () => false;
    interrupt = () => undefined;
    const articles = takeoverBidArticles();
    const digest = await generateDigest({
      story: { ...story, id: "takeover-stale", articleIds: articles.map((article) => article.id) },
      articles,
      engine: createBatchEngine({ client: client(), model: "gpt-4o-mini", pollIntervalMs: 5 }),
    });
    expect(digest.summary[0]?.modelFaults?.[0]).toMatch(/^tells an earlier report .* as current/);
    expect(digest.summary[0]?.verification?.status).toBe("unsupported");
  });
});
