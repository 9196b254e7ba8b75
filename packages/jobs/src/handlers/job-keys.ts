import { createHash } from "node:crypto";
import type { Database } from "@roundup/db";

function sha256(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}\n`);
  return hash.digest("hex").slice(0, 32);
}

/**
 * A digest job's key: the story, the content hashes of its articles, the engine and the prompt
 * version. The same inputs and prompt give the same key, so the job is enqueued (and run) once;
 * a changed article or a new prompt version gives a new job. A `run` label (one per editor's click
 * in the web app) makes a deliberate new run a new job, while a resent request stays one.
 */
export async function digestJobKey(
  db: Database,
  payload: { storyId: string; engine: string; prompt?: string; model?: string },
  run?: string,
): Promise<string> {
  const articles = await db.article.findMany({
    where: { storyId: payload.storyId },
    select: { contentHash: true },
  });
  const hashes = articles.map((article) => article.contentHash).sort();
  const model = payload.model ? `:${payload.model}` : "";
  const suffix = run ? `:run:${run}` : "";
  return `digest:${payload.storyId}:${sha256(hashes)}:${payload.engine}${model}:${payload.prompt ?? "default"}${suffix}`;
}

/**
 * A group job's key: the set of stored articles (count and latest import) and the editors'
 * decisions, so grouping the same articles twice is one job.
 */
export async function groupJobKey(db: Database, full: boolean): Promise<string> {
  const [articles, decisions] = await Promise.all([
    db.article.aggregate({ _count: { _all: true }, _max: { importedAt: true } }),
    db.groupingDecision.aggregate({ _count: { _all: true }, _max: { createdAt: true } }),
  ]);
  return `group:${sha256([
    String(full),
    String(articles._count._all),
    articles._max.importedAt?.toISOString() ?? "",
    String(decisions._count._all),
    decisions._max.createdAt?.toISOString() ?? "",
  ])}`;
}

/**
 * An ingest job's key: its inputs and a batch label. Files and feeds change over time, so the same
 * inputs enqueued in another batch (by default another minute) are a new job; ingestion itself
 * stores each article once whatever happens.
 */
export function ingestJobKey(inputs: readonly string[], batch: string = new Date().toISOString().slice(0, 16)): string {
  return `ingest:${sha256([...inputs].sort())}:${batch}`;
}

/**
 * A feed poll's key: the feeds asked for (all due ones when none) and a time slot, so the workers'
 * schedulers enqueue one poll per slot between them, and a new subscription's first poll is one job.
 */
export function pollFeedsJobKey(feedIds: readonly string[] | undefined, slot: string): string {
  return `poll-feeds:${feedIds ? sha256([...feedIds].sort()) : "due"}:${slot}`;
}

/**
 * An import-sources job's key: its sources and a `run` label (one per editor's submit), so the same
 * submit sent twice is one job and a new submit of the same sources is a new one.
 */
export function importSourcesJobKey(sources: readonly unknown[], run: string): string {
  return `import-sources:${sha256(sources.map((source) => JSON.stringify(source)))}:${run}`;
}
