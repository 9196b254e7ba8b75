/**
 * Every error Roundup raises on purpose: a stable code, the input that caused it, and what to do.
 * The CLI maps these to exit codes and the web app to HTTP statuses.
 */
export type RoundupErrorCode =
  | "INPUT_EMPTY"
  | "INPUT_BINARY"
  | "INPUT_ENCODING"
  | "INPUT_TOO_LARGE"
  | "INPUT_UNSUPPORTED"
  | "INPUT_MALFORMED"
  | "INPUT_NOT_FOUND"
  | "FETCH_FORBIDDEN_ADDRESS"
  | "FETCH_TIMEOUT"
  | "FETCH_HTTP_STATUS"
  | "FETCH_CONTENT_TYPE"
  | "FETCH_FAILED"
  | "CONFIG_INVALID"
  | "PROVIDER_NOT_CONFIGURED"
  | "PROVIDER_FAILED"
  | "MODEL_OUTPUT_INVALID"
  | "DIGEST_INVALID"
  | "STORY_NOT_FOUND"
  | "EDIT_INVALID"
  | "CONFLICT"
  | "FORBIDDEN"
  | "NOT_FOUND";

export class RoundupError extends Error {
  readonly code: RoundupErrorCode;
  readonly input: string | null;
  readonly fix: string | null;

  constructor(
    code: RoundupErrorCode,
    message: string,
    options: { input?: string | null; fix?: string | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "RoundupError";
    this.code = code;
    this.input = options.input ?? null;
    this.fix = options.fix ?? null;
  }

  /** One line for people: what went wrong with which input, and what to do. */
  describe(): string {
    const where = this.input ? `${this.input}: ` : "";
    const fix = this.fix ? ` (${this.fix})` : "";
    return `${where}${this.message}${fix}`;
  }
}

export function isRoundupError(error: unknown): error is RoundupError {
  return error instanceof RoundupError;
}
