import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { currentPassages, headlinePassageIds, passagesIn } from "./mock-summarize-model.js";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type FakeHandler = (request: RecordedRequest, response: ServerResponse) => unknown;

/** An HTTP server on 127.0.0.1 that records every request and answers with `handler`. Test support only. */
export async function startFakeServer(
  handler: FakeHandler,
): Promise<{ url: string; requests: RecordedRequest[]; close: () => Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: incoming.method ?? "GET",
      path: incoming.url ?? "/",
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(recorded);
    try {
      await handler(recorded, response);
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { message: String(error) } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(value));
}

/** A chat completion whose message content is `content`. */
export function chatCompletion(
  model: string,
  content: string,
  usage = { prompt_tokens: 1000, completion_tokens: 100 },
): unknown {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/**
 * Answers a summarize prompt by copying its first passages with their ids (the JSON a model would
 * give), leaving out those marked older-than a later passage (as summarize@5 asks).
 */
export function answerFromPrompt(userContent: string, sentences = 3): string {
  const passages = currentPassages(passagesIn(userContent)).map((passage) => ({
    id: passage.id,
    text: passage.text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  }));
  return JSON.stringify({
    headline: "Israel and Hamas hold truce talks",
    headlinePassageIds: headlinePassageIds(passages),
    sentences: passages.slice(0, sentences).map((passage) => ({ text: passage.text, passageIds: [passage.id] })),
    keyPoints: [],
  });
}
