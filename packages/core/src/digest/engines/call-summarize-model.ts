import {
  getPrompt,
  type PromptMessage,
  repairMessages,
  type SummarizeInput,
  type SummarizeOutput,
  type SummarizePrompt,
} from "@roundup/prompts";
import {
  APICallError,
  generateText,
  type LanguageModel,
  NoObjectGeneratedError,
  Output,
  RetryError,
  wrapLanguageModel,
} from "ai";
import { RoundupError } from "../../errors/index.js";
import { readsAsRefusal } from "./reads-as-refusal.js";

export interface ModelCallSettings {
  model: LanguageModel;
  /** Retries of 429 and 5xx answers, with the AI SDK's exponential backoff. */
  maxRetries: number;
  timeoutMs: number;
  /** The setting that sets `timeoutMs`, named in the error when a call runs out of time. */
  timeoutSetting?: string;
  /** Starts a call's clock: a signal that aborts with a TimeoutError after `ms`. Default AbortSignal.timeout. */
  timeoutSignal?: (ms: number) => AbortSignal;
  maxOutputTokens: number;
  temperature: number | undefined;
  signal: AbortSignal | undefined;
}

export interface ModelCallResult {
  output: SummarizeOutput;
  inputTokens: number;
  outputTokens: number;
  /** True when the first answer failed the schema and the repair answer was used. */
  repaired: boolean;
  /** Provider calls that failed (429, 5xx) and were made again by the SDK's retries. */
  retries: number;
}

export function modelIdOf(model: LanguageModel): string {
  return typeof model === "string" ? model : model.modelId;
}

export function resolvePrompt(id: string): SummarizePrompt {
  try {
    return getPrompt(id);
  } catch (cause) {
    throw new RoundupError("CONFIG_INVALID", (cause as Error).message, {
      input: id,
      fix: "use an id from listPrompts(), e.g. summarize@1",
      cause,
    });
  }
}

function describeProblems(error: NoObjectGeneratedError): string[] {
  const cause = error.cause as
    | { issues?: Array<{ path: PropertyKey[]; message: string }>; message?: string }
    | undefined;
  const issues =
    cause?.issues ?? (cause && "value" in cause ? (cause as { cause?: { issues?: [] } }).cause?.issues : undefined);
  if (Array.isArray(issues) && issues.length > 0) {
    return issues.map(
      (issue: { path: PropertyKey[]; message: string }) =>
        `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`,
    );
  }
  return [cause?.message ?? error.message];
}

/** The error for an answer that failed the schema twice: a refusal is named as one, with the model's words. */
function invalidAnswerError(model: string, promptId: string, error: NoObjectGeneratedError): RoundupError {
  const text = error.text?.trim() ?? "";
  if (readsAsRefusal(text)) {
    return new RoundupError(
      "MODEL_OUTPUT_INVALID",
      `model ${model} declined to write the digest (${promptId}) twice: "${text.slice(0, 200)}"`,
      {
        input: promptId,
        fix: "check the story's articles for what the model's policy refuses, use another model, or use the offline engine",
        cause: error,
      },
    );
  }
  return new RoundupError(
    "MODEL_OUTPUT_INVALID",
    `model ${model} twice returned an answer that does not match ${promptId}: ${describeProblems(error).join("; ")}`,
    {
      input: promptId,
      fix: "retry, use a model that supports structured output, or use the offline engine",
      cause: error,
    },
  );
}

/**
 * One summarize call with structured output. If the answer does not match the schema, one repair
 * turn shows the model its answer and the problems; a second failure is MODEL_OUTPUT_INVALID.
 * Provider failures (after the SDK's retries) become PROVIDER_FAILED; an abort is rethrown as is.
 */
export async function callSummarizeModel(
  prompt: SummarizePrompt,
  input: SummarizeInput,
  settings: ModelCallSettings,
): Promise<ModelCallResult> {
  const messages = prompt.render(input);
  let inputTokens = 0;
  let outputTokens = 0;
  let failedCalls = 0;
  // Counts the provider calls that failed: the SDK retries them, the provenance records how many.
  const model =
    typeof settings.model === "string" || settings.model.specificationVersion !== "v3"
      ? settings.model
      : wrapLanguageModel({
          model: settings.model,
          middleware: {
            specificationVersion: "v3",
            wrapGenerate: async ({ doGenerate }) => {
              try {
                return await doGenerate();
              } catch (error) {
                failedCalls += 1;
                throw error;
              }
            },
          },
        });
  const attempt = async (conversation: PromptMessage[]) => {
    settings.signal?.throwIfAborted();
    // The call's own clock (retries included), beside the caller's signal.
    const clock = (settings.timeoutSignal ?? AbortSignal.timeout)(settings.timeoutMs);
    const result = await generateText({
      model,
      messages: conversation,
      allowSystemInMessages: true,
      output: Output.object({ schema: prompt.outputSchema, name: "digest" }),
      maxRetries: settings.maxRetries,
      maxOutputTokens: settings.maxOutputTokens,
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
      abortSignal: settings.signal ? AbortSignal.any([settings.signal, clock]) : clock,
    });
    inputTokens += result.totalUsage.inputTokens ?? 0;
    outputTokens += result.totalUsage.outputTokens ?? 0;
    return result.output;
  };
  try {
    try {
      const output = await attempt(messages);
      return { output, inputTokens, outputTokens, repaired: false, retries: failedCalls };
    } catch (error) {
      if (!NoObjectGeneratedError.isInstance(error)) throw error;
      inputTokens += error.usage?.inputTokens ?? 0;
      outputTokens += error.usage?.outputTokens ?? 0;
      const problems = describeProblems(error);
      try {
        const output = await attempt(repairMessages(messages, error.text ?? "", problems, prompt.answerShape));
        return { output, inputTokens, outputTokens, repaired: true, retries: failedCalls };
      } catch (second) {
        if (!NoObjectGeneratedError.isInstance(second)) throw second;
        throw invalidAnswerError(modelIdOf(settings.model), prompt.id, second);
      }
    }
  } catch (error) {
    if (error instanceof RoundupError) throw error;
    if (settings.signal?.aborted) throw error;
    const last = RetryError.isInstance(error) ? error.lastError : error;
    if ((last as Error)?.name === "TimeoutError" || /aborted due to timeout/i.test((last as Error)?.message ?? "")) {
      const seconds = Number((settings.timeoutMs / 1000).toFixed(1));
      throw new RoundupError(
        "PROVIDER_FAILED",
        `model ${modelIdOf(settings.model)} did not answer within ${seconds} s${settings.timeoutSetting ? ` (${settings.timeoutSetting})` : ""}`,
        {
          input: modelIdOf(settings.model),
          fix: `raise ${settings.timeoutSetting ?? "the model timeout"} for a slow model or server, check that the server is up, or use the offline engine`,
          cause: error,
        },
      );
    }
    if ((error as Error)?.name === "AbortError") throw error;
    const status = APICallError.isInstance(last) ? ` (HTTP ${last.statusCode ?? "?"})` : "";
    throw new RoundupError(
      "PROVIDER_FAILED",
      `model ${modelIdOf(settings.model)} failed${status}: ${(last as Error)?.message ?? String(last)}`,
      {
        input: modelIdOf(settings.model),
        fix: "check the provider settings and key, or retry later; the offline engine needs no provider",
        cause: error,
      },
    );
  }
}
