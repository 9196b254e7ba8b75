import type { ServerResponse } from "node:http";
import { type RecordedRequest, sendJson } from "./fake-openai-server.js";

export interface FakeBatchApiOptions {
  /** The answer (message content) to a request whose user message is `userContent`; `attempt` counts batches run. */
  answer: (userContent: string, attempt: number) => string;
  /** While it returns true, every batch stays `in_progress` (a batch still running at OpenAI). */
  holding?: () => boolean;
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
    { id: string; input: string; metadata: Record<string, string>; polls: number; output?: string }
  >();
  let attempts = 0;
  return async (request: RecordedRequest, response: ServerResponse) => {
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
      if (!batch.output) {
        attempts += 1;
        batch.output = answerLines(files.get(batch.input) ?? "", (user) => options.answer(user, attempts));
        files.set(`${batch.id}-out`, batch.output);
      }
      return sendJson(response, 200, { ...batchObject(batch, "completed"), output_file_id: `${batch.id}-out` });
    }
    const content = /^\/files\/([\w-]+)\/content$/.exec(path);
    if (request.method === "GET" && content) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      return response.end(files.get(content[1] ?? "") ?? "");
    }
    sendJson(response, 404, { error: { message: `no route ${request.method} ${path}` } });
  };
}

/** The output file of a batch: one chat completion per input line, in the Batch API's format. */
function answerLines(input: string, answer: (userContent: string) => string): string {
  return input
    .split("\n")
    .map((line) => {
      const request = JSON.parse(line) as {
        custom_id: string;
        body: { model: string; messages: Array<{ role: string; content: string }> };
      };
      const user = request.body.messages.find((message) => message.role === "user")?.content ?? "";
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
