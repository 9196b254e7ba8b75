import {
  getPrompt,
  type PromptMessage,
  repairMessages,
  type SummarizeInput,
  type SummarizeOutput,
  type SummarizePrompt,
} from "@roundup/prompts";
import { APICallError, generateText, type LanguageModel, NoObjectGeneratedError, Output, RetryError } from "ai";
import { RoundupError } from "../../errors/index.js";

export interface ModelCallSettings {
  model: LanguageModel;
  /** Retries of 429 and 5xx answers, with the AI SDK's exponential backoff. */
  maxRetries: number;
  timeoutMs: number;
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
  const attempt = async (conversation: PromptMessage[]) => {
    settings.signal?.throwIfAborted();
    const result = await generateText({
      model: settings.model,
      messages: conversation,
      allowSystemInMessages: true,
      output: Output.object({ schema: prompt.outputSchema, name: "digest" }),
      maxRetries: settings.maxRetries,
      maxOutputTokens: settings.maxOutputTokens,
      timeout: settings.timeoutMs,
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
      ...(settings.signal ? { abortSignal: settings.signal } : {}),
    });
    inputTokens += result.totalUsage.inputTokens ?? 0;
    outputTokens += result.totalUsage.outputTokens ?? 0;
    return result.output;
  };
  try {
    try {
      return { output: await attempt(messages), inputTokens, outputTokens, repaired: false };
    } catch (error) {
      if (!NoObjectGeneratedError.isInstance(error)) throw error;
      inputTokens += error.usage?.inputTokens ?? 0;
      outputTokens += error.usage?.outputTokens ?? 0;
      const problems = describeProblems(error);
      try {
        return {
          output: await attempt(repairMessages(messages, error.text ?? "", problems, prompt.answerShape)),
          inputTokens,
          outputTokens,
          repaired: true,
        };
      } catch (second) {
        if (!NoObjectGeneratedError.isInstance(second)) throw second;
        throw new RoundupError(
          "MODEL_OUTPUT_INVALID",
          `model ${modelIdOf(settings.model)} twice returned an answer that does not match ${prompt.id}: ${describeProblems(second).join("; ")}`,
          {
            input: prompt.id,
            fix: "retry, use a model that supports structured output, or use the offline engine",
            cause: second,
          },
        );
      }
    }
  } catch (error) {
    if (error instanceof RoundupError) throw error;
    if (settings.signal?.aborted || (error as Error)?.name === "AbortError") throw error;
    const last = RetryError.isInstance(error) ? error.lastError : error;
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
