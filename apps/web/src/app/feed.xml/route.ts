import { listDigestsForExport } from "@roundup/db";
import { readWebEnv } from "../../env";
import { renderAtomFeed } from "../../lib/digest-export";
import { getDatabase } from "../../server/db";

export const dynamic = "force-dynamic";

/** Atom feed of published digests. Published means public, so no session is needed. */
export async function GET(request: Request): Promise<Response> {
  const base = (readWebEnv().ROUNDUP_PUBLIC_URL ?? new URL(request.url).origin).replace(/\/$/, "");
  const digests = await listDigestsForExport(getDatabase(), { statuses: ["published"], limit: 50 });
  const body = renderAtomFeed({
    title: "Roundup: published digests",
    id: `${base}/feed.xml`,
    selfLink: `${base}/feed.xml`,
    entries: digests.map((digest) => ({
      id: `${base}/stories/${digest.storyId}#v${digest.version}`,
      title: digest.content.headline,
      summary: digest.content.summary.map((sentence) => sentence.text).join(" "),
      link: `${base}/published/${digest.storyId}`,
      updated: digest.publishedAt ?? digest.updatedAt,
    })),
  });
  return new Response(body, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "x-content-type-options": "nosniff" },
  });
}
