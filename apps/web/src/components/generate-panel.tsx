"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { followJob, readJob } from "../lib/follow-job";
import {
  appendProgress,
  describeDigestJob,
  finalSteps,
  type GenerateProgress,
  type JobView,
} from "../lib/generate-progress";

interface Props {
  storyId: string;
  providerConfigured: boolean;
  defaultModel: string;
  prompts: { id: string; description: string }[];
}

type Phase = "idle" | "starting" | "running";

function progressOf(job: JobView | string): GenerateProgress {
  return typeof job === "string" ? { step: "error", message: job } : describeDigestJob(job);
}

/**
 * Engine, model and prompt choice. Generate enqueues a digest job; the panel follows the job (queued,
 * running with the worker's step messages, retried, then saved, reused, failed or cancelled) and
 * can cancel it.
 */
export function GeneratePanel({ storyId, providerConfigured, defaultModel, prompts }: Props) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>("idle");
  const [events, setEvents] = useState<GenerateProgress[]>([]);
  const [engine, setEngine] = useState<"offline" | "llm">("offline");
  const jobId = useRef<string | null>(null);

  function show(next: GenerateProgress) {
    setEvents((previous) => appendProgress(previous, next));
  }

  async function follow(id: string): Promise<GenerateProgress> {
    return progressOf(await followJob(id, (job) => show(progressOf(job))));
  }

  async function generate(form: HTMLFormElement) {
    const data = new FormData(form);
    setPhase("starting");
    setEvents([]);
    let last: GenerateProgress | undefined;
    try {
      const response = await fetch(`/api/stories/${encodeURIComponent(storyId)}/generate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // Disabled fields are not in the form data: model and prompt are sent for the llm engine only.
        body: JSON.stringify({
          engine,
          ...(engine === "llm" ? { model: data.get("model"), prompt: data.get("prompt") } : {}),
          force: data.get("force") === "on",
          run: crypto.randomUUID(),
        }),
      });
      const job = await readJob(response);
      if (typeof job === "string") {
        last = { step: "error", message: job };
        show(last);
        return;
      }
      jobId.current = job.id;
      setPhase("running");
      last = describeDigestJob(job);
      show(last);
      if (!finalSteps.has(last.step)) last = await follow(job.id);
    } catch (error) {
      last = { step: "error", message: `The connection failed: ${(error as Error).message}` };
      show(last);
    } finally {
      jobId.current = null;
      setPhase("idle");
      if (last?.step === "saved") router.refresh();
    }
  }

  async function cancel() {
    const id = jobId.current;
    if (!id) return;
    const response = await fetch(`/api/jobs/${encodeURIComponent(id)}/cancel`, { method: "POST" });
    // The job's own state (cancelled, or how it finished first) arrives with the next poll.
    if (!response.ok && response.status !== 409) {
      const job = await readJob(response);
      if (typeof job === "string") show({ step: "error", message: `Could not cancel: ${job}` });
    }
  }

  const running = phase !== "idle";
  const final = [...events].reverse().find((event) => finalSteps.has(event.step));
  return (
    <section className="panel" aria-labelledby="generate-title" data-testid="generate-panel" data-phase={phase}>
      <h2 id="generate-title">Generate</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void generate(event.currentTarget);
        }}
      >
        <div>
          <label htmlFor="generate-engine">Engine</label>
          <select
            id="generate-engine"
            name="engine"
            value={engine}
            onChange={(event) => setEngine(event.target.value === "llm" ? "llm" : "offline")}
            disabled={running}
          >
            <option value="offline">Offline (extractive)</option>
            <option value="llm">{providerConfigured ? "LLM" : "LLM (no provider configured)"}</option>
          </select>
        </div>
        <div>
          <label htmlFor="generate-model">Model</label>
          <input
            id="generate-model"
            name="model"
            defaultValue={defaultModel}
            disabled={running || engine !== "llm"}
            maxLength={200}
          />
        </div>
        <div>
          <label htmlFor="generate-prompt">Prompt version</label>
          <select id="generate-prompt" name="prompt" disabled={running || engine !== "llm"}>
            {prompts.map((prompt) => (
              <option key={prompt.id} value={prompt.id} title={prompt.description}>
                {prompt.id}
              </option>
            ))}
          </select>
        </div>
        <div>
          <span>
            <input id="generate-force" name="force" type="checkbox" disabled={running} />{" "}
            <label htmlFor="generate-force" className="inline-label">
              Force (write again even if nothing changed)
            </label>
          </span>
        </div>
        {running ? (
          // Own keys and preventDefault: React would otherwise reuse one <button> for both, and a
          // run that ends within the click would turn it back into a submit button that submits again.
          <button
            key="cancel"
            type="button"
            className="button-danger"
            disabled={phase === "starting"}
            onClick={(event) => {
              event.preventDefault();
              void cancel();
            }}
          >
            Cancel
          </button>
        ) : (
          <button key="generate" type="submit">
            Generate
          </button>
        )}
      </form>
      {engine === "offline" ? (
        <p className="muted">
          The offline engine picks sentences from the articles; model and prompt apply to the LLM.
        </p>
      ) : null}
      <ol className="progress" aria-live="polite" data-testid="generate-progress">
        {events.map((event, index) => (
          // Events only ever append, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
          <li key={index} data-step={event.step} className={event.step === "error" ? "progress-error" : undefined}>
            {event.message}
            {event.step === "running" && event.progress !== null ? ` (${Math.round(event.progress * 100)}%)` : null}
          </li>
        ))}
      </ol>
      {final?.step === "error" ? (
        <p className="notice notice-error" role="alert" data-testid="generate-error">
          {final.message}
        </p>
      ) : null}
    </section>
  );
}
