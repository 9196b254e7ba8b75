import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { Agent, request } from "undici";
import { RoundupError } from "../errors/index.js";
import { decodeText, sniffCharset } from "./decode-text.js";
import { HttpStatusError } from "./http-status-error.js";
import { isForbiddenAddress, isIpLiteral } from "./is-forbidden-address.js";

export interface FetchUrlOptions {
  /** Largest body accepted, in bytes (default 10 MB); checked on Content-Length and while streaming. */
  maxBytes?: number;
  /** Time allowed to open the connection, in milliseconds (default 10 s). */
  connectTimeoutMs?: number;
  /** Time allowed for the whole fetch including redirects and body, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Redirects followed, each checked like the first request (default 5). */
  maxRedirects?: number;
  /**
   * Host names or literal IPs that may be fetched even though they are (or resolve to) private
   * addresses, e.g. `['127.0.0.1']` for a local test server. Matched against the URL's host exactly.
   */
  allowHosts?: readonly string[];
  /** Aborts the fetch (for example when the user cancels the import). */
  signal?: AbortSignal;
  userAgent?: string;
}

export interface FetchedResource {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  /** Media type without parameters, lower case (`text/html`), or null when the server sent none. */
  contentType: string | null;
  text: string;
  /** The response's validators, for a conditional request next time (see `fetchIfChanged`). */
  validators: CacheValidators;
}

/** What a server said identifies this version of a resource (ETag, Last-Modified), as it said it. */
export interface CacheValidators {
  etag: string | null;
  lastModified: string | null;
}

/** A conditional fetch's outcome: the resource, or the server's word that it has not changed (304). */
export type ConditionalFetch = { changed: true; resource: FetchedResource } | { changed: false };

const allowedContentTypes = new Set([
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/markdown",
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/xml",
  "text/xml",
  "application/json",
  "application/x-ndjson",
  "application/jsonl",
  "application/feed+json",
  "application/ld+json",
]);

const defaultMaxBytes = 10 * 1024 * 1024;

/**
 * Fetches a web page or feed without letting a URL reach the machine's own network (SSRF):
 * http(s) only; the URL's literal IP, every address its host resolves to, and every redirect
 * target are checked against private and special ranges; body size, connect and total time and
 * content type are limited. Redirects are followed by hand so that each hop is checked.
 */
export async function fetchUrl(url: string, options: FetchUrlOptions = {}): Promise<FetchedResource> {
  const fetched = await fetchResource(url, options, null);
  if (!fetched.changed) throw new Error("unreachable: a fetch without validators cannot be answered 304");
  return fetched.resource;
}

/**
 * `fetchUrl` as a conditional request: the validators of the version already read are sent
 * (If-None-Match, If-Modified-Since), and a server that has nothing newer answers 304 with no body,
 * so polling an unchanged feed costs one small request. Without validators it is a plain fetch.
 */
export async function fetchIfChanged(
  url: string,
  validators: CacheValidators | null,
  options: FetchUrlOptions = {},
): Promise<ConditionalFetch> {
  return fetchResource(url, options, validators);
}

async function fetchResource(
  url: string,
  options: FetchUrlOptions,
  validators: CacheValidators | null,
): Promise<ConditionalFetch> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const allowHosts = new Set((options.allowHosts ?? []).map(normalizeHost));
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const agent = new Agent({
    connect: { timeout: connectTimeoutMs, lookup: checkedLookup(allowHosts, url) },
    // Keep-alive sockets would outlive the fetch and keep test servers and the CLI from exiting.
    pipelining: 0,
  });

  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const target = checkUrl(current, allowHosts, url);
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(target, {
          method: "GET",
          dispatcher: agent,
          signal,
          headers: {
            "user-agent": options.userAgent ?? "RoundupBot/0.1 (+news summarization workbench)",
            accept:
              "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,application/json;q=0.8",
            ...(validators?.etag ? { "if-none-match": validators.etag } : {}),
            ...(validators?.lastModified ? { "if-modified-since": validators.lastModified } : {}),
          },
        });
      } catch (cause) {
        throw toFetchError(cause, url, timeout, { timeoutMs, connectTimeoutMs });
      }

      const { statusCode, headers, body } = response;
      if (statusCode === 304 && validators && (validators.etag || validators.lastModified)) {
        await body.dump().catch(() => undefined);
        return { changed: false };
      }
      if (statusCode >= 300 && statusCode < 400 && statusCode !== 304) {
        await body.dump().catch(() => undefined);
        const location = headerValue(headers.location);
        if (!location)
          throw new RoundupError("FETCH_HTTP_STATUS", `The server answered ${statusCode} without a Location.`, {
            input: url,
            fix: "Check the URL.",
          });
        if (redirects >= maxRedirects)
          throw new RoundupError("FETCH_FAILED", `More than ${maxRedirects} redirects.`, {
            input: url,
            fix: "Use the final URL of the page.",
          });
        current = new URL(location, target).toString();
        continue;
      }
      if (statusCode < 200 || statusCode >= 300) {
        await body.dump().catch(() => undefined);
        // Retry-After means something on 429 (too many requests) and 503 (unavailable): how long to wait.
        const retryAfter = statusCode === 429 || statusCode === 503 ? headerValue(headers["retry-after"]) : null;
        throw new HttpStatusError(statusCode, retryAfter ?? null, {
          input: url,
          fix: statusCode === 404 ? "Check the URL: the page does not exist." : "Try again later, or check the URL.",
        });
      }

      const contentTypeHeader = headerValue(headers["content-type"]);
      const contentType = contentTypeHeader?.split(";")[0]?.trim().toLowerCase() || null;
      if (contentType && !allowedContentTypes.has(contentType)) {
        await body.dump().catch(() => undefined);
        throw new RoundupError("FETCH_CONTENT_TYPE", `The URL serves ${contentType}, not a page or feed.`, {
          input: url,
          fix: "Pass the URL of an HTML page, a text file, a JSON corpus or an RSS/Atom feed.",
        });
      }
      const declaredLength = Number(headerValue(headers["content-length"]) ?? Number.NaN);
      if (declaredLength > maxBytes) {
        body.destroy();
        throw tooLarge(url, maxBytes);
      }

      const chunks: Uint8Array[] = [];
      let received = 0;
      try {
        for await (const chunk of body as AsyncIterable<Uint8Array>) {
          received += chunk.length;
          if (received > maxBytes) {
            body.destroy();
            throw tooLarge(url, maxBytes);
          }
          chunks.push(chunk);
        }
      } catch (cause) {
        if (cause instanceof RoundupError) throw cause;
        throw toFetchError(cause, url, timeout, { timeoutMs, connectTimeoutMs });
      }
      const bytes = Buffer.concat(chunks);
      const charset = /charset="?([\w.:-]+)/i.exec(contentTypeHeader ?? "")?.[1] ?? sniffCharset(bytes) ?? "utf-8";
      const text = decodeText(bytes, url, charset);
      return {
        changed: true,
        resource: {
          requestedUrl: url,
          url: target,
          contentType,
          text,
          validators: {
            etag: headerValue(headers.etag) ?? null,
            lastModified: headerValue(headers["last-modified"]) ?? null,
          },
        },
      };
    }
  } finally {
    agent.close().catch(() => undefined);
  }
}

/** Parses and checks a URL before connecting: scheme, and the host when it is a literal IP. */
function checkUrl(value: string, allowHosts: Set<string>, input: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch (cause) {
    throw new RoundupError("INPUT_MALFORMED", `Not a valid URL: ${value}`, {
      input,
      fix: "Pass an absolute http(s) URL.",
      cause,
    });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new RoundupError("INPUT_UNSUPPORTED", `Only http and https URLs can be fetched, not ${parsed.protocol}`, {
      input,
      fix: "Pass an http(s) URL, or a local path.",
    });
  }
  if (parsed.username || parsed.password) {
    throw new RoundupError("INPUT_UNSUPPORTED", "URLs with credentials are not fetched.", {
      input,
      fix: "Remove the user name and password from the URL.",
    });
  }
  const host = normalizeHost(parsed.hostname);
  // A literal IP never goes through DNS lookup, so it must be checked here.
  if (!allowHosts.has(host) && isIpLiteral(host) && isForbiddenAddress(host)) throw forbidden(input, value, host);
  return parsed.toString();
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup that refuses host names resolving to any forbidden address. */
function checkedLookup(allowHosts: Set<string>, input: string) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      if (!allowHosts.has(normalizeHost(hostname))) {
        const bad = list.find((entry) => isForbiddenAddress(entry.address));
        if (bad) return callback(forbidden(input, hostname, bad.address) as unknown as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`No address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
}

function forbidden(input: string, target: string, address: string): RoundupError {
  return new RoundupError(
    "FETCH_FORBIDDEN_ADDRESS",
    `${target} resolves to ${address}, a private or reserved address.`,
    {
      input,
      fix: "Only public web addresses are fetched; to import from a local server, add its host to the allow-list.",
    },
  );
}

function tooLarge(input: string, maxBytes: number): RoundupError {
  return new RoundupError("INPUT_TOO_LARGE", `The response is larger than ${maxBytes} bytes.`, {
    input,
    fix: "Raise the size limit, or download and split the file.",
  });
}

function toFetchError(
  cause: unknown,
  input: string,
  timeout: AbortSignal,
  limits: { timeoutMs: number; connectTimeoutMs: number },
): RoundupError {
  for (
    let error: unknown = cause, depth = 0;
    error && depth < 5;
    error = (error as { cause?: unknown }).cause, depth++
  ) {
    if (error instanceof RoundupError) return error;
  }
  const code = (cause as { code?: string } | null)?.code ?? "";
  if (code === "UND_ERR_CONNECT_TIMEOUT" && !timeout.aborted) {
    return new RoundupError(
      "FETCH_TIMEOUT",
      `Could not connect to ${hostOf(input)} within ${limits.connectTimeoutMs} ms (connect timeout).`,
      { input, fix: "Check that the host is up and reachable, or raise the connect timeout.", cause },
    );
  }
  if (timeout.aborted || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
    return new RoundupError("FETCH_TIMEOUT", `The server did not answer within ${limits.timeoutMs} ms.`, {
      input,
      fix: "Try again later, or raise the timeout.",
      cause,
    });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return new RoundupError("FETCH_FAILED", `The fetch failed: ${message}`, {
    input,
    fix: "Check the URL and the network.",
    cause,
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
