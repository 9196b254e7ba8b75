import { createHash } from "node:crypto";
import {
  DEFAULT_SUMMARIZE_PROMPT,
  type PromptMessage,
  repairMessages,
  type SummarizeOutput,
  type SummarizePrompt,
} from "@roundup/prompts";
import type OpenAI from "openai";
import { toFile } from "openai";
import { z } from "zod";
import { countTokens } from "../../chunk/index.js";
import { RoundupError } from "../../errors/index.js";
import {
  buildEvidencePassages,
  type EvidencePassages,
  factsForPrompt,
  takeWithinBudget,
} from "./build-evidence-passages.js";
import { resolvePrompt } from "./call-summarize-model.js";
import { citeModelOutput } from "./cite-model-output.js";
import type { DigestEngine, DigestRequest, EngineDraft } from "./digest-engine.js";
import { DEFAULT_PRICES, estimateCost, type PriceTable } from "./estimate-cost.js";
import { planModelInput } from "./plan-model-input.js";
import type { ModelEvidence } from "./supersede-for-model.js";

export interface BatchEngineOptions {
  /** An OpenAI client built by the caller (key, base URL, organisation). */
  client: OpenAI;
  /** Model id, e.g. `gpt-4o-mini`. */
  model: string;
  prompt?: string;
  /** Context window for the evidence budget (no map-reduce in batch: the best evidence that fits). Default 16,000. */
  contextTokens?: number;
  maxOutputTokens?: number;
  /** Between batches.retrieve calls. Default 10 s. */
  pollIntervalMs?: number;
  /** Give up waiting after this long (the batch keeps running at OpenAI). Default 24 h. */
  timeoutMs?: number;
  prices?: PriceTable;
  /**
   * Called as soon as a batch is submitted, before any waiting: persist it, and a later run that
   * gets the same requests can resume it (see `resume`) if this process dies.
   */
  onSubmitted?: (submission: BatchSubmission) => void | Promise<void>;
  /**
   * Batches submitted earlier for this work, in round order (first the digests, then the repair):
   * each is collected instead of submitting a new one. A list, or a look-up by work id (a journal).
   */
  resume?:
    | readonly string[]
    | ((workId: string) => Promise<readonly string[] | undefined> | readonly string[] | undefined);
  /** Called when a submitted batch is picked up again instead of resubmitted. */
  onResumed?: (submission: BatchSubmission) => void | Promise<void>;
  /** The work's batches are needed no more: collected, or ended failed, expired or cancelled. */
  onSettled?: (workId: string) => void | Promise<void>;
}

/** One batch of the work, as reported to `onSubmitted` and `onResumed`. */
export interface BatchSubmission {
  /** sha256 of the first round's requests: the same stories, evidence, prompt and model give the same id. */
  workId: string;
  /** 1: the digests; 2: the repair of answers that failed the schema. */
  round: number;
  batchId: string;
  inputFileId: string;
  requests: Array<{ customId: string; storyId: string }>;
}

/** The batch engine writes several stories in one batch. */
export interface BatchDigestEngine extends DigestEngine {
  draftMany(requests: readonly DigestRequest[]): Promise<Array<EngineDraft | RoundupError>>;
}

interface Job {
  request: DigestRequest;
  /** The evidence without what newer news supersedes, and how to choose that for the timeline. */
  modelEvidence: ModelEvidence;
  evidence: EvidencePassages;
  messages: PromptMessage[];
  inputTokens: number;
  outputTokens: number;
  output: SummarizeOutput | null;
  problems: string[];
  rawAnswer: string;
  /** The request itself failed (an HTTP error inside the batch, or no answer at all): it is sent again as it was, not repaired. */
  requestFailed: boolean;
  /** Answers that failed the schema and were repaired in the second round. */
  repairs: number;
  /** Requests of this story sent again in the second round because they failed. */
  retries: number;
}

/** Statuses the OpenAI client retries (its shouldRetry): a timeout, a conflict, a rate limit, a server error. */
function isRetriedStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The caller's client, with its fetch wrapped to count the calls that failed in a way the client
 * retries: the provenance records them as the llm engine's does. The client's own fetch (a
 * private field of openai's client; the global fetch when there is none) stays the transport.
 */
function countingFailures(client: OpenAI, onFailure: () => void): OpenAI {
  const own: unknown = Reflect.get(client, "fetch");
  const transport = typeof own === "function" ? (own as typeof fetch) : globalThis.fetch;
  return client.withOptions({
    fetch: async (url: string | URL | Request, init?: RequestInit) => {
      try {
        const response = await transport(url, init);
        if (isRetriedStatus(response.status)) onFailure();
        return response;
      } catch (error) {
        if (!init?.signal?.aborted) onFailure();
        throw error;
      }
    },
  });
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const TERMINAL = new Set(["completed", "failed", "expired", "cancelled"]);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // A signal aborted before the wait never fires "abort" again.
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

const outputLineSchema = z.object({
  custom_id: z.string(),
  response: z
    .object({
      status_code: z.number(),
      body: z
        .object({
          choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).optional(),
          usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).optional(),
        })
        .passthrough(),
    })
    .nullable(),
  error: z.object({ message: z.string() }).nullable().optional(),
});

/**
 * Digests through the OpenAI Batch API (half price, results within 24 h): one chat-completions
 * request per story in a JSONL file, uploaded with files.create, run with batches.create, polled
 * with batches.retrieve, and read back from the output file. Same prompt, schema, citation mapping
 * and verification as the llm engine; answers failing the schema get one repair round (a second batch).
 */
export function createBatchEngine(options: BatchEngineOptions): BatchDigestEngine {
  const contextTokens = options.contextTokens ?? 16_000;
  const maxOutputTokens = options.maxOutputTokens ?? 1_500;
  const pollIntervalMs = options.pollIntervalMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 24 * 60 * 60 * 1000;

  function batchLines(prompt: SummarizePrompt, jobs: readonly Job[], conversations: PromptMessage[][]): string[] {
    const schema = z.toJSONSchema(prompt.outputSchema);
    return jobs.map((_job, index) =>
      JSON.stringify({
        custom_id: `job-${index}`,
        method: "POST",
        url: "/v1/chat/completions",
        body: {
          model: options.model,
          messages: conversations[index],
          response_format: { type: "json_schema", json_schema: { name: "digest", schema, strict: false } },
          max_completion_tokens: maxOutputTokens,
        },
      }),
    );
  }

  async function runBatch(
    client: OpenAI,
    prompt: SummarizePrompt,
    jobs: Job[],
    lines: readonly string[],
    round: { workId: string; number: number; resumeId: string | undefined },
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const fail = (message: string, cause?: unknown) =>
      new RoundupError("PROVIDER_FAILED", message, {
        input: `batch ${options.model}`,
        fix: "check the OpenAI key and quota, or use the llm or offline engine",
        cause,
      });
    const contentHash = sha256(lines.join("\n"));
    const submission = (batchId: string, inputFileId: string): BatchSubmission => ({
      workId: round.workId,
      round: round.number,
      batchId,
      inputFileId,
      requests: jobs.map((job, index) => ({ customId: `job-${index}`, storyId: job.request.story.id })),
    });
    let batch: Awaited<ReturnType<OpenAI["batches"]["retrieve"]>>;
    try {
      if (round.resumeId) {
        batch = await client.batches.retrieve(round.resumeId, { signal });
        // A batch holds answers to exactly the requests it was given: collect only the same requests.
        if (batch.metadata?.roundup_content !== contentHash) {
          await options.onSettled?.(round.workId);
          throw new RoundupError(
            "CONFIG_INVALID",
            `batch ${batch.id} was submitted for other requests than these (other stories, evidence, prompt or model)`,
            {
              input: batch.id,
              fix: "drop the batch id to submit a new batch, or resume with the batch of these stories",
            },
          );
        }
        await options.onResumed?.(submission(batch.id, batch.input_file_id));
      } else {
        const file = await client.files.create(
          { file: await toFile(Buffer.from(`${lines.join("\n")}\n`), "roundup-digests.jsonl"), purpose: "batch" },
          { signal },
        );
        batch = await client.batches.create(
          {
            input_file_id: file.id,
            endpoint: "/v1/chat/completions",
            completion_window: "24h",
            metadata: {
              purpose: "roundup-digest",
              roundup_work: round.workId,
              roundup_round: String(round.number),
              roundup_content: contentHash,
            },
          },
          { signal },
        );
        await options.onSubmitted?.(submission(batch.id, file.id));
      }
      const deadline = Date.now() + timeoutMs;
      while (!TERMINAL.has(batch.status)) {
        if (Date.now() > deadline) throw fail(`batch ${batch.id} still ${batch.status} after ${timeoutMs} ms`);
        await sleep(pollIntervalMs, signal);
        batch = await client.batches.retrieve(batch.id, { signal });
      }
    } catch (error) {
      if (error instanceof RoundupError || signal?.aborted) throw error;
      throw fail(`OpenAI Batch API call failed: ${(error as Error).message}`, error);
    }
    if (batch.status !== "completed" || !(batch.output_file_id || batch.error_file_id)) {
      const errors = batch.errors?.data?.map((item) => item.message).join("; ");
      await options.onSettled?.(round.workId);
      throw fail(`batch ${batch.id} ended ${batch.status}${errors ? `: ${errors}` : ""}`);
    }
    // Answers are in the output file; requests that failed (a rate limit, a server error) in the error file.
    let content = "";
    for (const fileId of [batch.output_file_id, batch.error_file_id])
      if (fileId) content += `${await (await client.files.content(fileId, { signal })).text()}\n`;
    for (const job of jobs) {
      job.problems = ["no answer in the batch's output"];
      job.requestFailed = true;
    }
    for (const line of content.split("\n")) {
      if (line.trim() === "") continue;
      const parsed = outputLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) continue;
      const index = Number(parsed.data.custom_id.replace("job-", ""));
      const job = jobs[index];
      if (!job) continue;
      const body = parsed.data.response?.body;
      job.inputTokens += body?.usage?.prompt_tokens ?? 0;
      job.outputTokens += body?.usage?.completion_tokens ?? 0;
      const answer = body?.choices?.[0]?.message.content ?? "";
      job.rawAnswer = answer;
      if (parsed.data.response?.status_code !== 200) {
        job.problems = [`request failed: ${parsed.data.error?.message ?? `HTTP ${parsed.data.response?.status_code}`}`];
        continue;
      }
      job.requestFailed = false;
      let value: unknown;
      try {
        value = JSON.parse(answer);
      } catch {
        job.problems = ["the answer is not JSON"];
        continue;
      }
      const result = prompt.outputSchema.safeParse(value);
      if (result.success) {
        job.output = result.data;
        job.problems = [];
      } else {
        job.problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
      }
    }
  }

  async function draftMany(requests: readonly DigestRequest[]): Promise<Array<EngineDraft | RoundupError>> {
    if (requests.length === 0) return [];
    const started = performance.now();
    const signal = requests[0]?.signal;
    signal?.throwIfAborted();
    // Failed calls of this work's batches (upload, create, polls, downloads) that the client made again.
    let failedCalls = 0;
    const client = countingFailures(options.client, () => {
      failedCalls += 1;
    });
    const prompt = resolvePrompt(requests[0]?.prompt ?? options.prompt ?? DEFAULT_SUMMARIZE_PROMPT);
    const jobs: Job[] = requests.map((request) => {
      const { inputFor, budget, modelEvidence } = planModelInput(request, prompt, contextTokens, maxOutputTokens);
      const evidence = buildEvidencePassages(
        takeWithinBudget(modelEvidence.current, budget),
        request.facts.articleOrder,
        modelEvidence.newerOf,
      );
      return {
        request,
        modelEvidence,
        evidence,
        messages: prompt.render(inputFor(evidence)),
        inputTokens: 0,
        outputTokens: 0,
        output: null,
        problems: ["no answer"],
        rawAnswer: "",
        requestFailed: false,
        repairs: 0,
        retries: 0,
      };
    });
    const lines = batchLines(
      prompt,
      jobs,
      jobs.map((job) => job.messages),
    );
    const workId = sha256(lines.join("\n"));
    const resumeIds = (typeof options.resume === "function" ? await options.resume(workId) : options.resume) ?? [];
    await runBatch(client, prompt, jobs, lines, { workId, number: 1, resumeId: resumeIds[0] }, signal);
    // The second round: a request that failed is sent again as it was (a retry); an answer that
    // failed the schema is shown to the model with its problems (a repair).
    const again = jobs.filter((job) => !job.output);
    if (again.length > 0) {
      for (const job of again) {
        if (job.requestFailed) job.retries += 1;
        else job.repairs += 1;
      }
      const secondLines = batchLines(
        prompt,
        again,
        again.map((job) =>
          job.requestFailed
            ? job.messages
            : repairMessages(job.messages, job.rawAnswer, job.problems, prompt.answerShape),
        ),
      );
      await runBatch(client, prompt, again, secondLines, { workId, number: 2, resumeId: resumeIds[1] }, signal);
    }
    await options.onSettled?.(workId);
    // A story that failed twice gets its error in its place, as the llm engine throws it for that
    // story alone: the other stories' answers stand.
    return jobs.map((job): EngineDraft | RoundupError => {
      if (!job.output && job.requestFailed) {
        return new RoundupError(
          "PROVIDER_FAILED",
          `model ${options.model} failed twice in the batch for story ${job.request.story.id}: ${job.problems.join("; ")}`,
          {
            input: job.request.story.id,
            fix: "check the OpenAI quota and retry later, or use the llm or offline engine",
          },
        );
      }
      if (!job.output) {
        return new RoundupError(
          "MODEL_OUTPUT_INVALID",
          `model ${options.model} twice returned an answer that does not match ${prompt.id} for story ${job.request.story.id}: ${job.problems.join("; ")}`,
          {
            input: job.request.story.id,
            fix: "retry, use the llm engine with a model that supports structured output, or use the offline engine",
          },
        );
      }
      const usage = { inputTokens: job.inputTokens, outputTokens: job.outputTokens };
      const cited = citeModelOutput(
        job.output,
        job.evidence,
        factsForPrompt(job.request.facts, job.evidence.citations),
      );
      return {
        ...cited,
        superseded: job.modelEvidence.superseded([...cited.summary, ...cited.keyPoints]),
        generation: {
          engine: "batch",
          model: options.model,
          promptId: prompt.id,
          usage,
          costUsd: estimateCost(options.model, usage, options.prices ?? DEFAULT_PRICES, 0.5),
          latencyMs: performance.now() - started,
          repairs: job.repairs,
          // Its own request sent again, and the failed calls of the batches it shared with the other stories.
          retries: job.retries + failedCalls,
        },
      };
    });
  }

  return {
    name: "batch",
    settings(request: DigestRequest) {
      const prompt = resolvePrompt(request.prompt ?? options.prompt ?? DEFAULT_SUMMARIZE_PROMPT);
      return { promptId: prompt.id, model: options.model, parts: [`context=${options.contextTokens ?? "default"}`] };
    },
    draftMany,
    async draft(request: DigestRequest): Promise<EngineDraft> {
      const [draft] = await draftMany([request]);
      if (draft instanceof RoundupError) throw draft;
      return draft!;
    },
  };
}
