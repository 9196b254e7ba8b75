import { toJobView } from "../../../../lib/generate-progress";
import { idSchema } from "../../../../lib/id-schema";
import { getJobQueue } from "../../../../server/job-queue";
import { guardRoute } from "../../../../server/route-guard";

export const dynamic = "force-dynamic";

/** One job's state (status, attempts, progress and its message, last error, result), for polling. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await guardRoute(request, "jobs.read", { write: false });
  if (user instanceof Response) return user;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Invalid job id." }, { status: 400 });
  const job = await (await getJobQueue()).get(id.data);
  if (!job) return Response.json({ error: "The job was not found." }, { status: 404 });
  return Response.json({ job: toJobView(job) }, { headers: { "cache-control": "no-store" } });
}
