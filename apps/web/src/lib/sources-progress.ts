import type { FeedPollReport, SourceResult } from "@roundup/jobs";
import type { JobView } from "./generate-progress";

interface SourceLine {
  label: string;
  status: SourceResult["status"];
  /** What happened, in words: the articles imported, or why it failed. */
  detail: string;
}

/** What the Sources page shows for an import (or a new subscription's first poll) at one moment. */
export interface SourcesProgress {
  phase: "queued" | "running" | "done" | "failed" | "cancelled";
  message: string;
  /** 0..1 while running. */
  progress: number | null;
  /** One line per source, once the job is done. */
  lines: SourceLine[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function sourceLine(result: SourceResult): SourceLine {
  const failures = result.failures.map((failure) => `${failure.input}: ${failure.reason}`);
  let detail: string;
  if (result.status === "failed") detail = result.reason ?? "It could not be imported.";
  else if (result.status === "already there")
    detail = `Already imported (${plural(result.alreadyThere, "article")} with the same text).`;
  else
    detail = `${plural(result.articles.length, "new article")}: ${result.articles.map((article) => article.title).join("; ")}${
      result.alreadyThere > 0 ? `; ${result.alreadyThere} already there` : ""
    }.`;
  if (result.status !== "failed" && failures.length > 0)
    detail += ` ${plural(failures.length, "part")} failed: ${failures.join("; ")}`;
  return { label: result.label, status: result.status, detail };
}

function feedLine(feed: FeedPollReport): SourceLine {
  if (feed.status === "failed") return { label: feed.url, status: "failed", detail: feed.error ?? "The poll failed." };
  const failed =
    feed.failed.length > 0
      ? ` ${plural(feed.failed.length, "item")} failed: ${feed.failed.map((item) => `${item.input}: ${item.error}`).join("; ")}`
      : "";
  if (feed.imported.length > 0)
    return {
      label: feed.url,
      status: "imported",
      detail: `Subscribed: ${plural(feed.imported.length, "new article")} from the feed${feed.alreadyStored > 0 ? `, ${feed.alreadyStored} already there` : ""}.${failed}`,
    };
  return {
    label: feed.url,
    status: feed.failed.length > 0 && feed.alreadyStored === 0 ? "failed" : "already there",
    detail: `Subscribed: nothing new in the feed${feed.alreadyStored > 0 ? ` (${feed.alreadyStored} already there)` : ""}.${failed}`,
  };
}

function linesOf(result: unknown): SourceLine[] {
  const value = (result ?? {}) as { results?: unknown; feeds?: unknown };
  if (Array.isArray(value.results)) return (value.results as SourceResult[]).map(sourceLine);
  if (Array.isArray(value.feeds)) return (value.feeds as FeedPollReport[]).map(feedLine);
  return [];
}

/** The import job's state in the words an editor reads. */
export function describeSourcesJob(job: JobView): SourcesProgress {
  switch (job.status) {
    case "queued":
      return {
        phase: "queued",
        message:
          job.attempts === 0
            ? "Queued: waiting for a worker to take the job."
            : `Attempt ${job.attempts} of ${job.maxAttempts} failed: ${job.lastError ?? "unknown error"}. Retrying shortly.`,
        progress: null,
        lines: [],
      };
    case "active":
      return { phase: "running", message: job.message ?? "Starting", progress: job.progress, lines: [] };
    case "cancelled":
      return { phase: "cancelled", message: "Cancelled.", progress: null, lines: [] };
    case "failed":
      return {
        phase: "failed",
        message: job.lastError ?? "The job failed without an error message.",
        progress: null,
        lines: [],
      };
    case "completed": {
      const lines = linesOf(job.result);
      const count = (status: SourceLine["status"]) => lines.filter((line) => line.status === status).length;
      return {
        phase: "done",
        message:
          lines.length === 0
            ? "Done: nothing was due to import."
            : `Done: ${count("imported")} imported, ${count("already there")} already there, ${count("failed")} failed.`,
        progress: 1,
        lines,
      };
    }
  }
}
