import { storyExists } from "@roundup/db";
import { enqueueDigest } from "@roundup/jobs";
import { listPrompts } from "@roundup/prompts";
import { z } from "zod";
import { toJobView } from "../../../../../lib/generate-progress";
import { idSchema } from "../../../../../lib/id-schema";
import { getDatabase } from "../../../../../server/db";
import { getJobQueue } from "../../../../../server/job-queue";
import { modelConfigFor, modelProviderInfo, providerNotConfiguredMessage } from "../../../../../server/model-provider";
import { guardRoute } from "../../../../../server/route-guard";

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
  /** One per click on Generate: the same click sent twice is one job, a new click a new run. */
  run: z.uuid("run must be a UUID").optional(),
});

/**
 * Enqueues a `digest` job for the story with the editor's choices and answers 202 with the job; the
 * page then follows it at /api/jobs/<id> and can cancel it at /api/jobs/<id>/cancel.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await guardRoute(request, "digest.regenerate", { write: true });
  if (user instanceof Response) return user;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Invalid story id." }, { status: 400 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) {
    return Response.json({ error: body.error.issues[0]?.message ?? "Invalid request." }, { status: 400 });
  }
  const input = body.data;
  const model = input.model ?? modelProviderInfo().defaultModel;
  // Refused here rather than left to fail in the worker: retrying cannot configure a provider.
  if (input.engine === "llm" && !modelConfigFor(model)) {
    return Response.json({ error: providerNotConfiguredMessage }, { status: 422 });
  }
  const db = getDatabase();
  if (!(await storyExists(db, id.data))) return Response.json({ error: "The story was not found." }, { status: 404 });
  const queue = await getJobQueue();
  const jobId = await enqueueDigest(
    queue,
    db,
    {
      storyId: id.data,
      engine: input.engine,
      ...(input.engine === "llm" ? { model, ...(input.prompt ? { prompt: input.prompt } : {}) } : {}),
      force: input.force,
      authorId: user.id,
    },
    { run: input.run ?? crypto.randomUUID() },
  );
  const job = await queue.get(jobId);
  if (!job) return Response.json({ error: "The job was enqueued but cannot be read back." }, { status: 500 });
  return Response.json({ job: toJobView(job) }, { status: 202, headers: { "cache-control": "no-store" } });
}
