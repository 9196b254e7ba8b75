import { RoundupError } from "../errors/index.js";

/**
 * A server answered with an error status (FETCH_HTTP_STATUS). Keeps the status and, for 429 and 503,
 * the raw `Retry-After` header, so a poller can wait as long as the server asked (`retryAfterTime`).
 */
export class HttpStatusError extends RoundupError {
  constructor(
    readonly statusCode: number,
    readonly retryAfter: string | null,
    options: { input: string; fix: string },
  ) {
    super("FETCH_HTTP_STATUS", `The server answered HTTP ${statusCode}.`, options);
    this.name = "HttpStatusError";
  }
}
