import { listDigestsForExport } from "@roundup/db";
import { digestToHtml } from "../../../lib/digest-export";
import { getDatabase } from "../../../server/db";

export const dynamic = "force-dynamic";

/** The public page of a published digest (what feed entries link to); nothing else is public. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const [digest] = await listDigestsForExport(getDatabase(), { statuses: ["published"], storyId: id, limit: 1 });
  if (!digest)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(digestToHtml(digest), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
