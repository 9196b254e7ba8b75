import { listPublishedDigests } from "@roundup/db";
import { readWebEnv } from "../../env";
import { renderAtomFeed } from "../../lib/atom-feed";
import { digestBodyHtml } from "../../lib/digest-export";
import { getDatabase } from "../../server/db";

export const dynamic = "force-dynamic";

/**
 * Atom feed of the live published versions, each entry the digest with its numbered footnotes.
 * Published means public, so no session is needed; a newer draft never replaces an entry.
 */
export async function GET(request: Request): Promise<Response> {
  const base = (readWebEnv().ROUNDUP_PUBLIC_URL ?? new URL(request.url).origin).replace(/\/$/, "");
  const digests = await listPublishedDigests(getDatabase(), { limit: 50 });
  const body = renderAtomFeed({
    title: "Roundup: published digests",
    id: `${base}/feed.xml`,
    selfLink: `${base}/feed.xml`,
    emptySince: new Date(),
    entries: digests.map((digest) => {
      const published = digest.publishedAt ?? digest.updatedAt;
      return {
        id: `${base}/published/${digest.storyId}#r${digest.revision ?? 0}`,
        title: digest.content.headline,
        summary: digest.content.summary.map((sentence) => sentence.text).join(" "),
        content: digestBodyHtml(digest, { headline: false }),
        link: `${base}/published/${digest.storyId}`,
        published,
        updated: published,
      };
    }),
  });
  return new Response(body, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "x-content-type-options": "nosniff" },
  });
}
