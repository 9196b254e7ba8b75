import type { ServerResponse } from "node:http";
import { type RecordedRequest, sendJson } from "./fake-openai-server.js";

export interface FakeBatchApiOptions {
  /** The answer (message content) to a request whose user message is `userContent`; `attempt` counts batches run. */
  answer: (userContent: string, attempt: number) => string;
  /** While it returns true, every batch stays `in_progress` (a batch still running at OpenAI). */
  holding?: () => boolean;
  /** Requests for which it returns true fail inside the batch (HTTP 500, written to the batch's error file). */
  failRequest?: (userContent: string, attempt: number) => boolean;
  /** An HTTP status to answer a call with instead of serving it (a rate limit, a server error), or undefined. */
  interrupt?: (request: RecordedRequest) => number | undefined;
}

/**
 * The few OpenAI Batch API endpoints the batch engine uses, backed by memory, for startFakeServer:
 * files.create, batches.create (metadata kept), batches.retrieve (completes on the second poll
 * unless held), files.content. Test support only.
 */
export function fakeBatchApi(options: FakeBatchApiOptions) {
  const files = new Map<string, string>();
  const batches = new Map<
    string,
    { id: string; input: string; metadata: Record<string, string>; polls: number; output?: string; errors?: string }
  >();
  let attempts = 0;
  return async (request: RecordedRequest, response: ServerResponse) => {
    const status = options.interrupt?.(request);
    if (status !== undefined) {
      // Retry-After in milliseconds: the client waits that long instead of its backoff.
      response.writeHead(status, { "content-type": "application/json", "retry-after-ms": "1" });
      return response.end(JSON.stringify({ error: { message: `planted HTTP ${status}` } }));
    }
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
      const body = JSON.parse(request.body) as {
        input_file_id: string;
        endpoint: string;
        completion_window: string;
        metadata?: Record<string, string>;
      };
      if (body.endpoint !== "/v1/chat/completions" || body.completion_window !== "24h") {
        return sendJson(response, 400, { error: { message: "unsupported endpoint or completion window" } });
      }
      const id = `batch-${batches.size + 1}`;
      const batch = { id, input: body.input_file_id, metadata: body.metadata ?? {}, polls: 0 };
      batches.set(id, batch);
      return sendJson(response, 200, batchObject(batch, "validating"));
    }
    const retrieve = /^\/batches\/([\w-]+)$/.exec(path);
    if (request.method === "GET" && retrieve) {
      const batch = batches.get(retrieve[1] ?? "");
      if (!batch) return sendJson(response, 404, { error: { message: `no batch ${retrieve[1]}` } });
      batch.polls += 1;
      if (options.holding?.() || batch.polls < 2) return sendJson(response, 200, batchObject(batch, "in_progress"));
      if (batch.output === undefined) {
        attempts += 1;
        const attempt = attempts;
        const lines = (files.get(batch.input) ?? "").split("\n").filter((line) => line.trim() !== "");
        const failed = new Set(lines.filter((line) => options.failRequest?.(userOf(line), attempt) ?? false));
        batch.output = answerLines(
          lines.filter((line) => !failed.has(line)),
          (user) => options.answer(user, attempt),
        );
        batch.errors = errorLines([...failed]);
        files.set(`${batch.id}-out`, batch.output);
        files.set(`${batch.id}-errors`, batch.errors);
      }
      return sendJson(response, 200, {
        ...batchObject(batch, "completed"),
        ...(batch.output ? { output_file_id: `${batch.id}-out` } : {}),
        ...(batch.errors ? { error_file_id: `${batch.id}-errors` } : {}),
      });
    }
    const content = /^\/files\/([\w-]+)\/content$/.exec(path);
    if (request.method === "GET" && content) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      return response.end(files.get(content[1] ?? "") ?? "");
    }
    sendJson(response, 404, { error: { message: `no route ${request.method} ${path}` } });
  };
}

interface BatchRequestLine {
  custom_id: string;
  body: { model: string; messages: Array<{ role: string; content: string }> };
}

function userOf(line: string): string {
  const request = JSON.parse(line) as BatchRequestLine;
  return request.body.messages.find((message) => message.role === "user")?.content ?? "";
}

/** The error file of a batch: the requests that failed, each with an HTTP 500 response. */
function errorLines(lines: readonly string[]): string {
  return lines
    .map((line) => {
      const request = JSON.parse(line) as BatchRequestLine;
      return JSON.stringify({
        id: `resp-${request.custom_id}`,
        custom_id: request.custom_id,
        response: { status_code: 500, request_id: "r", body: { error: { message: "planted server error" } } },
        error: { message: "planted server error" },
      });
    })
    .join("\n");
}

/** The output file of a batch: one chat completion per input line, in the Batch API's format. */
function answerLines(lines: readonly string[], answer: (userContent: string) => string): string {
  return lines
    .map((line) => {
      const request = JSON.parse(line) as BatchRequestLine;
      const user = userOf(line);
      return JSON.stringify({
        id: `resp-${request.custom_id}`,
        custom_id: request.custom_id,
        response: {
          status_code: 200,
          request_id: "r",
          body: {
            id: "c",
            object: "chat.completion",
            model: request.body.model,
            choices: [{ index: 0, message: { role: "assistant", content: answer(user) }, finish_reason: "stop" }],
            usage: { prompt_tokens: 2000, completion_tokens: 200, total_tokens: 2200 },
          },
        },
        error: null,
      });
    })
    .join("\n");
}

function batchObject(batch: { id: string; input: string; metadata: Record<string, string> }, status: string) {
  return {
    id: batch.id,
    object: "batch",
    endpoint: "/v1/chat/completions",
    input_file_id: batch.input,
    completion_window: "24h",
    status,
    created_at: 1,
    metadata: batch.metadata,
    request_counts: { total: 1, completed: 0, failed: 0 },
  };
}
