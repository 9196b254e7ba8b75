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

export interface GenerationRequest {
  storyId: string;
  engine: "offline" | "llm";
  model: string;
  prompt: string | undefined;
  force: boolean;
  actorId: string;
}

type LanguageModelLike = { doGenerate: (...args: unknown[]) => Promise<unknown> };

function isRateLimit(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return status === 429;
}

/**
 * The model with every failed call reported: the AI SDK retries 429s itself, so each rejected attempt
 * is the moment to tell the editor it is waiting. A Proxy keeps the provider's class (private fields) intact.
 */
function reportingRetries<T extends object>(model: T, emit: (event: GenerateProgress) => void): T {
  return new Proxy(model, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === "doGenerate" && typeof value === "function") {
        return async (...args: unknown[]) => {
          try {
            return await (value as LanguageModelLike["doGenerate"]).apply(target, args);
          } catch (error) {
            if (isRateLimit(error)) emit({ step: "retrying", message: "Rate limited by the provider, retrying" });
            throw error;
          }
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
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
    return createLlmEngine({ model: typeof model === "string" ? model : reportingRetries(model, emit) });
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
