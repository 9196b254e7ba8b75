import { getDigestForExport } from "@roundup/db";
import { z } from "zod";
import { digestToHtml, digestToJson, digestToMarkdown } from "../../../../../lib/digest-export";
import { getDatabase } from "../../../../../server/db";
import { authorize, PermissionError } from "../../../../../server/session";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(["markdown", "json", "html"]);

const contentTypes = {
  markdown: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
} as const;

const extensions = { markdown: "md", json: "json", html: "html" } as const;

/**
 * Exports the story's live published version (or, before one is published, its approved version)
 * with numbered footnotes; drafts are not exportable.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await authorize("digest.export");
  } catch (error) {
    if (error instanceof PermissionError) {
      return Response.json({ error: error.message }, { status: error.role ? 403 : 401 });
    }
    throw error;
  }
  const { id } = await params;
  const format = formatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? "markdown");
  if (!format.success) return Response.json({ error: "format must be markdown, json or html" }, { status: 400 });
  const digest = await getDigestForExport(getDatabase(), id);
  if (!digest) {
    return Response.json({ error: "This story has no approved or published digest to export." }, { status: 404 });
  }
  const body =
    format.data === "markdown"
      ? digestToMarkdown(digest)
      : format.data === "json"
        ? digestToJson(digest)
        : digestToHtml(digest);
  return new Response(body, {
    headers: {
      "content-type": contentTypes[format.data],
      "content-disposition": `attachment; filename="digest-${id.replace(/[^\w-]/g, "")}.${extensions[format.data]}"`,
      "x-content-type-options": "nosniff",
      // A downloaded HTML export must not run anything even if opened from this origin.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'",
      "cache-control": "private, no-store",
    },
  });
}
