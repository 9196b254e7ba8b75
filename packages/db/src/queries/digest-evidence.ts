import type { Citation, Digest } from "@roundup/prompts";
import { z } from "zod";
import type { Database } from "../create-database.js";
import { readInIdPages } from "./read-in-id-pages.js";

/** The text a citation points at, as it read when the evidence was taken. */
export interface EvidencePassage {
  articleId: string;
  chunkId: string;
  start: number;
  end: number;
  text: string;
}

/** Who published a cited article: outlet, title, date (ISO) and link, unchecked (renderers check links). */
export interface EvidenceSource {
  articleId: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** What a digest cites, so a reader can check every sentence: the passages and their sources. */
export interface DigestEvidence {
  passages: EvidencePassage[];
  sources: EvidenceSource[];
}

const digestEvidenceSchema = z.object({
  passages: z.array(
    z.object({ articleId: z.string(), chunkId: z.string(), start: z.number(), end: z.number(), text: z.string() }),
  ),
  sources: z.array(
    z.object({
      articleId: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: z.string().nullable(),
    }),
  ),
});

/** Every citation of a digest, the headline's and the disagreements' included. */
function digestCitations(digest: Digest): Citation[] {
  return [
    ...(digest.headlineCitations ?? []),
    ...[...digest.summary, ...digest.keyPoints, ...digest.timeline, ...digest.quotes].flatMap((item) => item.citations),
    ...digest.disagreements.flatMap((item) => item.claims.flatMap((claim) => claim.citations)),
  ];
}

type EvidenceClient = Pick<Database, "chunk" | "article">;

/**
 * Reads the passages a digest cites (from the stored chunks) and the articles' outlet, title, date
 * and link. A citation of a chunk that is gone keeps no text; an article that is gone falls back to
 * the digest's own source list.
 */
export async function loadDigestEvidence(db: EvidenceClient, digest: Digest): Promise<DigestEvidence> {
  const citations = [
    ...new Map(
      digestCitations(digest).map((citation) => [`${citation.chunkId}:${citation.start}:${citation.end}`, citation]),
    ).values(),
  ];
  const chunks = new Map(
    (
      await readInIdPages([...new Set(citations.map((citation) => citation.chunkId))], (ids) =>
        db.chunk.findMany({ where: { id: { in: ids } }, select: { id: true, start: true, text: true } }),
      )
    ).map((chunk) => [chunk.id, chunk]),
  );
  const articleIds = [...new Set(citations.map((citation) => citation.articleId))];
  const articles = new Map(
    (
      await readInIdPages(articleIds, (ids) =>
        db.article.findMany({
          where: { id: { in: ids } },
          select: { id: true, title: true, source: true, url: true, publishedAt: true },
        }),
      )
    ).map((article) => [article.id, article]),
  );
  const listed = new Map(digest.sources.map((source) => [source.articleId, source]));
  const passages: EvidencePassage[] = [];
  for (const citation of citations) {
    const chunk = chunks.get(citation.chunkId);
    if (!chunk) continue;
    const text = chunk.text
      .slice(citation.start - chunk.start, citation.end - chunk.start)
      .replace(/\s+/g, " ")
      .trim();
    passages.push({
      articleId: citation.articleId,
      chunkId: citation.chunkId,
      start: citation.start,
      end: citation.end,
      text,
    });
  }
  const sources: EvidenceSource[] = [];
  for (const articleId of articleIds) {
    const article = articles.get(articleId);
    const source = listed.get(articleId);
    if (article)
      sources.push({
        articleId,
        title: article.title,
        outlet: article.source,
        url: article.url,
        publishedAt: article.publishedAt?.toISOString() ?? null,
      });
    else if (source)
      sources.push({
        articleId,
        title: source.title,
        outlet: source.source,
        url: source.url,
        publishedAt: source.publishedAt,
      });
  }
  return { passages, sources };
}

/** Stored evidence JSON, or null when missing or unreadable (the caller loads it afresh). */
export function parseDigestEvidence(stored: string | null): DigestEvidence | null {
  if (!stored) return null;
  try {
    const parsed = digestEvidenceSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
