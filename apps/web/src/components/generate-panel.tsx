"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { decodeProgress, finalSteps, type GenerateProgress } from "../lib/generate-progress";

interface Props {
  storyId: string;
  providerConfigured: boolean;
  defaultModel: string;
  prompts: { id: string; description: string }[];
}

type Phase = "idle" | "running";

/** Engine, model and prompt choice; streams the run's progress and can cancel it. */
export function GeneratePanel({ storyId, providerConfigured, defaultModel, prompts }: Props) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>("idle");
  const [events, setEvents] = useState<GenerateProgress[]>([]);
  const [engine, setEngine] = useState<"offline" | "llm">("offline");
  const controller = useRef<AbortController | null>(null);

  async function generate(form: HTMLFormElement) {
    const data = new FormData(form);
    const abort = new AbortController();
    controller.current = abort;
    setPhase("running");
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
        }),
        signal: abort.signal,
      });
      if (abort.signal.aborted) throw new DOMException("Cancelled", "AbortError");
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        last = { step: "error", message: body?.error ?? `The server answered ${response.status}.` };
        setEvents([last]);
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        // Some network stacks still deliver a cancelled response; what follows Cancel is ignored.
        if (abort.signal.aborted) throw new DOMException("Cancelled", "AbortError");
        if (done) break;
        const decoded = decodeProgress(buffer + value);
        buffer = decoded.rest;
        if (decoded.events.length) {
          last = decoded.events.at(-1);
          setEvents((previous) => [...previous, ...decoded.events]);
        }
      }
    } catch (error) {
      last = abort.signal.aborted
        ? {
            step: "cancelled",
            message:
              "Cancelled. A run stopped before saving stores nothing; one that had already finished is a new version in the history.",
          }
        : { step: "error", message: `The connection failed: ${(error as Error).message}` };
      setEvents((previous) => [...previous, last as GenerateProgress]);
    } finally {
      controller.current = null;
      setPhase("idle");
      if (last?.step === "saved" || last?.step === "cancelled") router.refresh();
    }
  }

  const running = phase === "running";
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
          // Own keys and preventDefault: React would otherwise reuse one <button> for both, and the
          // abort settles within the click, turning it back into a submit button that submits again.
          <button
            key="cancel"
            type="button"
            className="button-danger"
            onClick={(event) => {
              event.preventDefault();
              controller.current?.abort();
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
