"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeDigestJob, finalSteps, type GenerateProgress } from "../lib/generate-progress";
import { readJob } from "../lib/read-job";

const pollIntervalMs = 500;

/**
 * "N new articles since this digest": the story gained articles its digest was not written from.
 * Regenerate writes a new draft from all of them (the published version stays live until a new one
 * is published); the page refreshes once the job is done.
 */
export function NewArticlesNotice({
  storyId,
  count,
  canRegenerate,
}: {
  storyId: string;
  count: number;
  canRegenerate: boolean;
}) {
  const router = useRouter();
  const [state, setState] = useState<GenerateProgress | null>(null);
  if (count <= 0) return null;
  const running = state !== null && !finalSteps.has(state.step);

  async function regenerate() {
    setState({ step: "queued", message: "Regenerating…" });
    let last: GenerateProgress;
    try {
      let job = await readJob(
        await fetch(`/api/stories/${encodeURIComponent(storyId)}/regenerate`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ run: crypto.randomUUID() }),
        }),
      );
      last = typeof job === "string" ? { step: "error", message: job } : describeDigestJob(job);
      setState(last);
      while (typeof job !== "string" && !finalSteps.has(last.step)) {
        await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
        job = await readJob(await fetch(`/api/jobs/${encodeURIComponent(job.id)}`, { cache: "no-store" }));
        last = typeof job === "string" ? { step: "error", message: job } : describeDigestJob(job);
        setState(last);
      }
    } catch (error) {
      last = { step: "error", message: `The connection failed: ${(error as Error).message}` };
      setState(last);
    }
    if (last.step === "saved" || last.step === "reused") router.refresh();
  }

  return (
    <span className="new-articles" data-testid="new-articles" data-count={count}>
      <span className="flag flag-new">
        {count} new {count === 1 ? "article" : "articles"} since this digest
      </span>
      {canRegenerate ? (
        <button type="button" className="button-quiet" onClick={() => void regenerate()} disabled={running}>
          {running ? "Regenerating…" : "Regenerate"}
        </button>
      ) : null}
      {state && state.step !== "saved" ? (
        <span className={state.step === "error" ? "notice-error" : "muted"} role="status">
          {state.message}
        </span>
      ) : null}
    </span>
  );
}
