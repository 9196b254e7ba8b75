import { listPublishedDigests } from "@roundup/db";
import { digestToHtml } from "../../../lib/digest-export";
import { idSchema } from "../../../lib/id-schema";
import { getDatabase } from "../../../server/db";

export const dynamic = "force-dynamic";

const headers = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'",
};

/**
 * The public page of a story's live published version (what feed entries link to), with every
 * citation as a numbered footnote; nothing else is public. Edits and regenerations after publishing
 * do not change it until a newer version is published.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = idSchema.safeParse((await params).id);
  const [digest] = id.success ? await listPublishedDigests(getDatabase(), { storyId: id.data, limit: 1 }) : [];
  if (!digest)
    return new Response("Not found\n", {
      status: 404,
      headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
    });
  return new Response(digestToHtml(digest), { headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
