"use client";

import type { StoryChoice } from "@roundup/db";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { GroupingRequestResult } from "../app/actions/grouping-actions";
import { mergeStoryAction, moveArticleAction, splitStoryAction } from "../app/actions/grouping-actions";
import { followJob } from "../lib/follow-job";
import { describeGroupingJob, type GroupingProgress } from "../lib/grouping-progress";

interface Props {
  storyId: string;
  articles: { id: string; title: string; source: string | null }[];
  /** Other stories (with articles), most recently updated first. */
  choices: StoryChoice[];
}

type Kind = "moved" | "merged" | "split";

function StoryOptions({ choices }: { choices: StoryChoice[] }) {
  return (
    <>
      <option value="">Choose a story…</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label} ({choice.articleCount})
        </option>
      ))}
    </>
  );
}

const actions: Record<Kind, (formData: FormData) => Promise<GroupingRequestResult>> = {
  moved: moveArticleAction,
  merged: mergeStoryAction,
  split: splitStoryAction,
};

function progressOf(job: Parameters<typeof describeGroupingJob>[0] | string): GroupingProgress {
  return typeof job === "string" ? { step: "error", message: job } : describeGroupingJob(job);
}

/**
 * Move an article, merge this story into another, split articles off. Each edit is a job (the web
 * request only enqueues it) that changes the stories involved and records the decision, so a later
 * automatic regroup keeps it; the panel follows the job, then opens the story the edit leads to.
 */
export function GroupingControls({ storyId, articles, choices }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [events, setEvents] = useState<GroupingProgress[]>([]);

  function show(next: GroupingProgress) {
    setEvents((previous) => {
      const last = previous.at(-1);
      return last && last.step === next.step && last.message === next.message ? previous : [...previous, next];
    });
  }

  async function submit(kind: Kind, form: HTMLFormElement) {
    const data = new FormData(form);
    data.set("request", crypto.randomUUID());
    setBusy(true);
    setEvents([]);
    let last: GroupingProgress = { step: "error", message: "The edit did not start." };
    try {
      const answer = await actions[kind](data);
      if ("error" in answer) {
        last = { step: "error", message: answer.error };
        show(last);
        return;
      }
      last = describeGroupingJob(answer.job);
      show(last);
      if (last.step !== "done" && last.step !== "error")
        last = progressOf(await followJob(answer.job.id, (job) => show(progressOf(job))));
    } catch (error) {
      last = { step: "error", message: `The connection failed: ${(error as Error).message}` };
      show(last);
    } finally {
      setBusy(false);
      if (last.step === "done") router.push(`/stories/${encodeURIComponent(last.storyId)}?notice=${kind}`);
    }
  }

  const onSubmit = (kind: Kind) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(kind, event.currentTarget);
  };
  const final = events.at(-1);

  return (
    <section
      className="panel grouping"
      aria-labelledby="grouping-title"
      data-testid="grouping-controls"
      data-busy={busy ? "true" : "false"}
    >
      <h2 id="grouping-title">Grouping</h2>
      {choices.length > 0 ? (
        <>
          <form onSubmit={onSubmit("moved")} className="row">
            <input type="hidden" name="storyId" value={storyId} />
            <div>
              <label htmlFor="move-article">Article to move</label>
              <select id="move-article" name="articleId" required>
                {articles.map((article) => (
                  <option key={article.id} value={article.id}>
                    {article.title}
                    {article.source ? ` — ${article.source}` : ""}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="move-target">Move to story</label>
              <select id="move-target" name="toStory" required>
                <StoryOptions choices={choices} />
              </select>
            </div>
            <button type="submit" className="button-secondary" disabled={busy}>
              Move article
            </button>
          </form>
          <form onSubmit={onSubmit("merged")} className="row">
            <input type="hidden" name="storyId" value={storyId} />
            <div>
              <label htmlFor="merge-target">Merge this story into</label>
              <select id="merge-target" name="intoStory" required>
                <StoryOptions choices={choices} />
              </select>
            </div>
            <button
              type="submit"
              className="button-secondary"
              title="The other story keeps its id and its digest"
              disabled={busy}
            >
              Merge stories
            </button>
          </form>
        </>
      ) : (
        <p className="muted">There is no other story to move articles to or merge with.</p>
      )}
      {articles.length > 1 ? (
        <form onSubmit={onSubmit("split")}>
          <input type="hidden" name="storyId" value={storyId} />
          <fieldset>
            <legend>Split the ticked articles into a new story</legend>
            {articles.map((article) => (
              <div key={article.id}>
                <input type="checkbox" id={`split-${article.id}`} name="articleIds" value={article.id} />{" "}
                <label htmlFor={`split-${article.id}`} className="inline-label">
                  {article.title}
                  {article.source ? ` — ${article.source}` : ""}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button-secondary" disabled={busy}>
            Split into new story
          </button>
        </form>
      ) : null}
      <ol className="progress" aria-live="polite" data-testid="grouping-progress">
        {events.map((event, index) => (
          // Events only ever append, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
          <li key={index} data-step={event.step} className={event.step === "error" ? "progress-error" : undefined}>
            {event.message}
          </li>
        ))}
      </ol>
      {final?.step === "error" ? (
        <p className="notice notice-error" role="alert" data-testid="grouping-error">
          {final.message}
        </p>
      ) : null}
    </section>
  );
}
