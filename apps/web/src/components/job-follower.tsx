"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { describeDigestJob, finalSteps, type GenerateProgress, type JobView } from "../lib/generate-progress";

const pollIntervalMs = 500;

/**
 * Follows a digest job started by a form (Regenerate) until it ends, then shows the new draft: the
 * request only enqueued it, the worker does the work.
 */
export function JobFollower({ jobId, storyId }: { jobId: string; storyId: string }) {
  const router = useRouter();
  const [progress, setProgress] = useState<GenerateProgress>({ step: "queued", message: "Queued" });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/jobs/${encodeURIComponent(jobId)}`, { cache: "no-store" });
        const body = (await response.json().catch(() => null)) as { job?: JobView; error?: string } | null;
        const next: GenerateProgress = body?.job
          ? describeDigestJob(body.job)
          : { step: "error", message: body?.error ?? `The server answered ${response.status}.` };
        if (stopped) return;
        setProgress(next);
        if (finalSteps.has(next.step)) {
          if (next.step === "saved") router.replace(`/stories/${encodeURIComponent(storyId)}?notice=regenerated`);
          return;
        }
      } catch (error) {
        if (!stopped)
          setProgress({
            step: "running",
            message: `Waiting for the server: ${(error as Error).message}`,
            progress: null,
          });
      }
      timer = setTimeout(poll, pollIntervalMs);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [jobId, storyId, router]);
  return (
    <p
      className={`notice ${progress.step === "error" || progress.step === "cancelled" ? "notice-error" : ""}`}
      role="status"
      data-testid="job-follower"
      data-step={progress.step}
    >
      Regenerating in the background: {progress.message}
    </p>
  );
}
