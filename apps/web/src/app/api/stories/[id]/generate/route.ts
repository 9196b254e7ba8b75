import { listPrompts } from "@roundup/prompts";
import { z } from "zod";
import { encodeProgress, type GenerateProgress } from "../../../../../lib/generate-progress";
import { isSameOrigin } from "../../../../../lib/same-origin";
import { modelProviderInfo } from "../../../../../server/model-provider";
import { runGeneration } from "../../../../../server/run-generation";
import { authorize, PermissionError } from "../../../../../server/session";

export const dynamic = "force-dynamic";

const promptIds = listPrompts().map((prompt) => prompt.id);

const bodySchema = z.object({
  engine: z.enum(["offline", "llm"]),
  /** For the llm engine; the server's default (ROUNDUP_MODEL) when left out. */
  model: z
    .string()
    .trim()
    .min(1, "Name the model, e.g. gpt-4.1-mini")
    .max(200)
    .regex(/^[\w.:/@-]+$/, "A model name has letters, digits and . : / @ - only")
    .optional(),
  prompt: z
    .string()
    .refine((value) => promptIds.includes(value), { message: `The prompt must be one of ${promptIds.join(", ")}` })
    .optional(),
  force: z.boolean().default(false),
});

const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w-]+$/);

/**
 * Generates the story's digest and streams its progress as NDJSON (one event a line). Cancelling the
 * request (the page's Cancel button aborts the fetch) aborts the engine through `request.signal`.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!isSameOrigin(request.headers)) {
    return Response.json({ error: "Cross-site requests are refused." }, { status: 403 });
  }
  let user: Awaited<ReturnType<typeof authorize>>;
  try {
    user = await authorize("digest.regenerate");
  } catch (error) {
    if (error instanceof PermissionError) {
      return Response.json({ error: error.message }, { status: error.role ? 403 : 401 });
    }
    throw error;
  }
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Invalid story id." }, { status: 400 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) {
    return Response.json({ error: body.error.issues[0]?.message ?? "Invalid request." }, { status: 400 });
  }
  const input = body.data;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const emit = (event: GenerateProgress) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(encodeProgress(event)));
        } catch {
          open = false; // the client went away; the run still stops through the signal
        }
      };
      try {
        await runGeneration(
          {
            storyId: id.data,
            engine: input.engine,
            model: input.model ?? modelProviderInfo().defaultModel,
            prompt: input.prompt,
            force: input.force,
            actorId: user.id,
          },
          request.signal,
          emit,
        );
      } catch (error) {
        emit({ step: "error", message: `Generating failed: ${(error as Error).message}` });
      } finally {
        if (open) {
          open = false;
          try {
            controller.close();
          } catch {
            // already closed by a cancelled client
          }
        }
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
