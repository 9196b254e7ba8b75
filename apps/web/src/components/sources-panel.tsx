"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import { readJob } from "../lib/read-job";
import { describeSourcesJob, type SourcesProgress } from "../lib/sources-progress";

interface Run {
  id: number;
  title: string;
  feed: boolean;
  state: SourcesProgress;
}

const pollIntervalMs = 500;
const finalPhases = new Set<SourcesProgress["phase"]>(["done", "failed", "cancelled"]);

const failedState = (message: string): SourcesProgress => ({ phase: "failed", message, progress: null, lines: [] });

function titleOf(form: FormData): string {
  switch (form.get("kind")) {
    case "urls": {
      const count = String(form.get("urls") ?? "")
        .split("\n")
        .filter((line) => line.trim() !== "").length;
      return `${count} ${count === 1 ? "address" : "addresses"}`;
    }
    case "files": {
      const count = form.getAll("files").length;
      return `${count} ${count === 1 ? "file" : "files"}`;
    }
    case "text":
      return `Pasted text${form.get("title") ? `: ${String(form.get("title"))}` : ""}`;
    default:
      return `Feed ${String(form.get("url") ?? "")}`;
  }
}

/**
 * The Sources page's forms: paste URLs, upload files, paste text, subscribe to a feed. Each submit
 * enqueues a job (POST /api/sources) and is followed here until it is done, with its progress and
 * then one line per source: imported, already there, or failed with the reason.
 */
export function SourcesPanel({ accept, canSubscribe }: { accept: string; canSubscribe: boolean }) {
  const [runs, setRuns] = useState<Run[]>([]);

  const update = (id: number, state: SourcesProgress) =>
    setRuns((previous) => previous.map((run) => (run.id === id ? { ...run, state } : run)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    data.set("run", crypto.randomUUID());
    const id = Date.now() + Math.random();
    setRuns((previous) => [
      {
        id,
        title: titleOf(data),
        feed: data.get("kind") === "feed",
        state: { phase: "queued", message: "Sending…", progress: null, lines: [] },
      },
      ...previous,
    ]);
    try {
      const job = await readJob(await fetch("/api/sources", { method: "POST", body: data }));
      if (typeof job === "string") {
        update(id, failedState(job));
        return;
      }
      form.reset();
      let state = describeSourcesJob(job);
      update(id, state);
      while (!finalPhases.has(state.phase)) {
        await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
        const next = await readJob(await fetch(`/api/jobs/${encodeURIComponent(job.id)}`, { cache: "no-store" }));
        state = typeof next === "string" ? failedState(next) : describeSourcesJob(next);
        update(id, state);
      }
    } catch (error) {
      update(id, failedState(`The connection failed: ${(error as Error).message}`));
    }
  }

  return (
    <>
      <div className="sources-grid">
        <section className="panel" aria-labelledby="add-urls">
          <h2 id="add-urls">Paste addresses</h2>
          <form onSubmit={submit} data-testid="sources-urls">
            <input type="hidden" name="kind" value="urls" />
            <label htmlFor="sources-urls-input">Web pages or feeds, one address per line</label>
            <textarea
              id="sources-urls-input"
              name="urls"
              rows={5}
              required
              placeholder="https://example.com/news/article"
            />
            <button type="submit">Import</button>
          </form>
        </section>
        <section className="panel" aria-labelledby="add-files">
          <h2 id="add-files">Upload files</h2>
          <form onSubmit={submit} data-testid="sources-files">
            <input type="hidden" name="kind" value="files" />
            <label htmlFor="sources-files-input">
              Text, Markdown, HTML, JSON/JSONL corpora or RSS/Atom files (10 MB at most)
            </label>
            <input id="sources-files-input" name="files" type="file" multiple required accept={accept} />
            <button type="submit">Upload</button>
          </form>
        </section>
        <section className="panel" aria-labelledby="add-text">
          <h2 id="add-text">Paste text</h2>
          <form onSubmit={submit} data-testid="sources-text">
            <input type="hidden" name="kind" value="text" />
            <label htmlFor="sources-text-title">Title (optional: else the first line, or one inferred)</label>
            <input id="sources-text-title" name="title" maxLength={500} />
            <label htmlFor="sources-text-body">The article's text</label>
            <textarea id="sources-text-body" name="text" rows={6} required />
            <button type="submit">Import</button>
          </form>
        </section>
        {canSubscribe ? (
          <section className="panel" aria-labelledby="add-feed">
            <h2 id="add-feed">Subscribe to a feed</h2>
            <form onSubmit={submit} data-testid="sources-feed">
              <input type="hidden" name="kind" value="feed" />
              <label htmlFor="sources-feed-url">RSS, Atom or JSON Feed address</label>
              <input id="sources-feed-url" name="url" type="url" required placeholder="https://example.com/feed.xml" />
              <label htmlFor="sources-feed-every">Poll every (minutes)</label>
              <input id="sources-feed-every" name="every" type="number" min={1} max={10080} defaultValue={15} />
              <button type="submit">Subscribe</button>
            </form>
          </section>
        ) : null}
      </div>
      <section aria-labelledby="imports-title" aria-live="polite">
        <h2 id="imports-title">Imports</h2>
        {runs.length === 0 ? <p className="muted">What you add appears here, with a result per source.</p> : null}
        {runs.map((run) => (
          <article key={run.id} className="panel source-run" data-testid="sources-run" data-phase={run.state.phase}>
            <h3>{run.title}</h3>
            <p className={run.state.phase === "failed" ? "notice notice-error" : "muted"}>{run.state.message}</p>
            {run.state.phase === "running" && run.state.progress !== null ? (
              <progress value={run.state.progress} max={1} aria-label={`${run.title}: progress`} />
            ) : null}
            {run.state.lines.length > 0 ? (
              <ul className="source-lines">
                {run.state.lines.map((line) => (
                  <li key={line.label} data-testid="source-line" data-status={line.status}>
                    <span className={`status source-${line.status.replace(" ", "-")}`}>{line.status}</span>{" "}
                    <strong>{line.label}</strong>: {line.detail}
                  </li>
                ))}
              </ul>
            ) : null}
            {run.feed && run.state.phase === "done" ? (
              <p>
                <Link href="/feeds">See the subscription on the Feeds page</Link>
              </p>
            ) : null}
          </article>
        ))}
      </section>
    </>
  );
}
