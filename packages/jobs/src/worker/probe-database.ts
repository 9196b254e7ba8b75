import { Socket } from "node:net";
import { describeDatabaseUrl, isPostgresUrl } from "@roundup/db";
import pg from "pg";

/**
 * What one connection attempt found: the database answers; or it does not yet, for a reason that
 * waiting may cure (`retry`); or it never will as configured (`retry: false`, with what to fix).
 */
export type DatabaseProbe = { reachable: true } | { reachable: false; retry: boolean; reason: string; fix: string };

/** Network failures, said in words: the server or the network is not there yet. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EPIPE: "connection reset",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  EHOSTDOWN: "host down",
  ENETUNREACH: "network unreachable",
  ENETDOWN: "network down",
  // A container's or a cluster's host name often resolves only once the database's own container
  // or service is up, so an unknown name is waited for too (bound the wait to catch a typo).
  ENOTFOUND: "host name not found",
  EAI_AGAIN: "host name lookup failed",
  // A Unix socket (`?host=/var/run/postgresql`) that is not there: the server is not running yet.
  ENOENT: "no server socket",
};

/**
 * PostgreSQL's answers (SQLSTATE) that a running server gives while it starts, stops or is full:
 * 57P03 "the database system is starting up", 57P01/57P02 shutdown, 53300 too many connections,
 * class 08 connection failures.
 */
const TRANSIENT_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08006"]);

/** node-postgres's message, with no code, for a connection cut before the server spoke. */
const TRANSIENT_MESSAGES = /connection terminated/i;

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Tries one connection to the database of `databaseUrl` and says whether it is worth waiting for.
 * A missing database on a reachable server is not (PostgreSQL creates a container's database
 * before it takes TCP connections, so one missing then stays missing); missing migrations are no
 * obstacle, since opening applies them. SQLite needs no server: its file is created (and
 * migrated) when missing, so it is always reachable here, and opening reports a file it cannot use.
 */
export async function probeDatabase(
  databaseUrl: string,
  signal?: AbortSignal,
  connectTimeoutMs = CONNECT_TIMEOUT_MS,
): Promise<DatabaseProbe> {
  if (!isPostgresUrl(databaseUrl)) return { reachable: true };
  const malformed = malformedReason(databaseUrl);
  if (malformed) return { reachable: false, retry: false, reason: malformed, fix: "correct DATABASE_URL" };
  // The socket is ours so that a stop cuts it at once: `client.end()` leaves a connection attempt
  // to a server that does not answer pending (and the process alive) until its timeout.
  let socket: Socket | undefined;
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: connectTimeoutMs,
    stream: () => {
      socket = new Socket();
      return socket;
    },
  });
  client.on("error", () => undefined);
  const abort = () => socket?.destroy();
  signal?.addEventListener("abort", abort, { once: true });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { reachable: true };
  } catch (error) {
    return classify(error, databaseUrl);
  } finally {
    signal?.removeEventListener("abort", abort);
    await client.end().catch(() => undefined);
  }
}

/** Only a URL that does not parse: one with no host is valid (a Unix socket via `?host=/path`, or localhost). */
function malformedReason(databaseUrl: string): string | null {
  try {
    new URL(databaseUrl);
    return null;
  } catch {
    return "DATABASE_URL is not a valid URL";
  }
}

function classify(error: unknown, databaseUrl: string): DatabaseProbe {
  const code = String((error as { code?: unknown }).code ?? "");
  const message = error instanceof Error && error.message ? error.message : code || String(error);
  const network = NETWORK_REASONS[code];
  if (network) return { reachable: false, retry: true, reason: network, fix: "start PostgreSQL or fix its address" };
  if (!code && /timeout/i.test(message))
    return {
      reachable: false,
      retry: true,
      reason: `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`,
      fix: "start PostgreSQL or fix its address",
    };
  if (TRANSIENT_SQLSTATES.has(code) || (!code && TRANSIENT_MESSAGES.test(message)))
    return { reachable: false, retry: true, reason: message, fix: "wait for PostgreSQL to accept connections" };
  const url = new URL(databaseUrl);
  if (code === "3D000")
    return {
      reachable: false,
      retry: false,
      reason: message,
      fix: `create it (e.g. \`createdb ${decodeURIComponent(url.pathname.slice(1))}\`); the worker applies the migrations itself`,
    };
  const user = decodeURIComponent(url.username) || "(default user)";
  if (code === "28P01")
    return {
      reachable: false,
      retry: false,
      reason: message,
      fix: `correct the password of ${user} in DATABASE_URL`,
    };
  if (code === "28000")
    return {
      reachable: false,
      retry: false,
      reason: message,
      fix: `create the role ${user} or allow it in the server's pg_hba.conf, or change the user in DATABASE_URL`,
    };
  // Anything else (TLS refused or untrusted, no privilege to connect, …) is a setting to change,
  // not a wait: failing at once says so, where waiting would hide it.
  return {
    reachable: false,
    retry: false,
    reason: message,
    fix: `check DATABASE_URL (${describeDatabaseUrl(databaseUrl)}) and the server's settings`,
  };
}
