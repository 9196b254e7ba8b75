import { findRegenerationSettings } from "@roundup/db";
import { enqueueDigest } from "@roundup/jobs";
import { listPrompts } from "@roundup/prompts";
import { toJobView } from "../../../../../lib/generate-progress";
import { idSchema } from "../../../../../lib/id-schema";
import { getDatabase } from "../../../../../server/db";
import { getJobQueue } from "../../../../../server/job-queue";
import { modelConfigFor, providerNotConfiguredMessage } from "../../../../../server/model-provider";
import { guardRoute } from "../../../../../server/route-guard";

export const dynamic = "force-dynamic";

const promptIds = new Set(listPrompts().map((prompt) => prompt.id));

/**
 * One-click regenerate of a story whose digest is older than its newest articles: a `digest` job
 * with the engine, model and prompt of the current digest (a batch digest is redone by the model
 * directly), which writes a new draft revision. Answers 202 with the job, followed at /api/jobs/<id>.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await guardRoute(request, "digest.regenerate", { write: true });
  if (user instanceof Response) return user;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Invalid story id." }, { status: 400 });
  const body = (await request.json().catch(() => ({}))) as { run?: unknown };
  const run = typeof body.run === "string" && /^[\w-]{1,100}$/.test(body.run) ? body.run : crypto.randomUUID();
  const db = getDatabase();
  const story = await findRegenerationSettings(db, id.data);
  if (!story) return Response.json({ error: "The story was not found." }, { status: 404 });
  if (story.articleCount === 0) return Response.json({ error: "The story has no articles." }, { status: 409 });
  const previous = story.digest;
  const engine = !previous || previous.engine === "offline" ? "offline" : "llm";
  if (engine === "llm" && !modelConfigFor(previous?.model ?? "")) {
    return Response.json({ error: providerNotConfiguredMessage }, { status: 422 });
  }
  const queue = await getJobQueue();
  const jobId = await enqueueDigest(
    queue,
    db,
    {
      storyId: story.id,
      engine,
      ...(engine === "llm" && previous?.model ? { model: previous.model } : {}),
      ...(engine === "llm" && previous && promptIds.has(previous.promptId) ? { prompt: previous.promptId } : {}),
      authorId: user.id,
    },
    { run },
  );
  const job = await queue.get(jobId);
  if (!job) return Response.json({ error: "The job was enqueued but cannot be read back." }, { status: 500 });
  return Response.json({ job: toJobView(job) }, { status: 202, headers: { "cache-control": "no-store" } });
}
