import {
  createLlmEngine,
  createModelFromConfig,
  createOfflineEngine,
  type DigestEngine,
  isRoundupError,
} from "@roundup/core";
import { recordAuditEvent } from "@roundup/db";
import { digestStories } from "@roundup/jobs";
import type { GenerateProgress } from "../lib/generate-progress";
import { getDatabase } from "./db";
import { modelConfigFor, providerNotConfiguredMessage } from "./model-provider";
import { reportRateLimits } from "./report-rate-limits";

export interface GenerationRequest {
  storyId: string;
  engine: "offline" | "llm";
  model: string;
  prompt: string | undefined;
  force: boolean;
  actorId: string;
}

/** Reports when the engine starts writing and when its draft goes to verification. */
function reportingSteps(engine: DigestEngine, emit: (event: GenerateProgress) => void): DigestEngine {
  return {
    name: engine.name,
    settings: (request) => engine.settings(request),
    async draft(request) {
      emit({ step: "drafting", message: `Drafting with the ${engine.name} engine` });
      const draft = await engine.draft(request);
      emit({ step: "verifying", message: "Checking every sentence against its cited passages" });
      return draft;
    },
  };
}

function engineFor(request: GenerationRequest, emit: (event: GenerateProgress) => void): DigestEngine | string {
  if (request.engine === "offline") return createOfflineEngine();
  const config = modelConfigFor(request.model);
  if (!config) return providerNotConfiguredMessage;
  try {
    const model = createModelFromConfig(config);
    return createLlmEngine({ model: typeof model === "string" ? model : reportRateLimits(model, emit) });
  } catch (error) {
    return isRoundupError(error) ? error.describe() : (error as Error).message;
  }
}

/**
 * Generates one story's digest through the shared use-case (`digestStories`), reporting each step.
 * A cancelled run stores nothing: the engine stops at the signal before any digest is saved.
 */
export async function runGeneration(
  request: GenerationRequest,
  signal: AbortSignal,
  emit: (event: GenerateProgress) => void,
): Promise<void> {
  emit({ step: "planning", message: "Planning: choosing the evidence and computing the facts" });
  const engine = engineFor(request, emit);
  if (typeof engine === "string") {
    emit({ step: "error", message: engine });
    return;
  }
  const db = getDatabase();
  const report = await digestStories(db, {
    engine: reportingSteps(engine, emit),
    storyId: request.storyId,
    ...(request.engine === "llm" && request.prompt ? { prompt: request.prompt } : {}),
    force: request.force,
    authorId: request.actorId,
    signal,
  });
  const failure = report.failed[0];
  const result = report.results[0];
  if (signal.aborted && !result) {
    emit({ step: "cancelled", message: "Cancelled: nothing was saved." });
    return;
  }
  if (failure || !result) {
    emit({ step: "error", message: failure?.error ?? "The story was not found." });
    return;
  }
  if (result.status === "reused") {
    emit({
      step: "reused",
      message:
        "Nothing changed since the last digest (same evidence, engine and prompt): it was reused. Tick “Force” to write it again.",
    });
    return;
  }
  const saved = await db.digest.findUnique({
    where: { storyId: request.storyId },
    select: { id: true, version: true },
  });
  if (saved) {
    await recordAuditEvent(db, {
      actorId: request.actorId,
      action: "digest.generated",
      entity: "digest",
      entityId: saved.id,
      detail: {
        storyId: request.storyId,
        engine: request.engine,
        model: request.engine === "llm" ? request.model : null,
        prompt: request.prompt ?? null,
        version: saved.version,
        force: request.force,
      },
    });
  }
  emit({
    step: "saved",
    status: result.status,
    version: saved?.version ?? null,
    message: `Saved version ${saved?.version ?? "?"}: ${result.sentences} sentences, ${result.unsupported} unsupported.`,
  });
}
