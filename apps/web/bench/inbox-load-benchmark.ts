/**
 * Load benchmark of the inbox: the built web app (`next start` on 127.0.0.1) over a database of
 * 10,000 stories, driven by `--connections` concurrent clients (autocannon), each signed in as a user
 * of its own through the real sign-in form, over a mix of inbox requests for `--duration` seconds.
 * Prints p50/p95/p99 latency, requests/s, errors and CPU time per provider. Build first:
 *
 *   npx turbo run build --filter=@roundup/web
 *   npx tsx --conditions=@roundup/source apps/web/bench/inbox-load-benchmark.ts [--providers sqlite,postgresql] [--duration 30]
 *     [--connections 20] [--think-ms 0] [--warmup-seconds 15] [--server postgresql://postgres@127.0.0.1:55432/postgres]
 *
 * `--think-ms 0` (the default) is a stress test: every client sends its next request as soon as the
 * last one is answered. With `--think-ms N` each client is an editor who waits N ms (±50%, so they do
 * not move in lockstep) between clicks, which is how people use an inbox.
 *
 * Each provider gets a database of its own (a SQLite file, a uniquely named PostgreSQL database),
 * removed at the end.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { upsertUser } from "@roundup/db";
import { createTemporaryDatabase, type TestProvider } from "@roundup/db/testing";
import autocannon from "autocannon";
import { type NextServer, startNextServer } from "../scripts/start-next-server.js";
import { seedInboxStories } from "./seed-inbox-stories.js";

const { values } = parseArgs({
  options: {
    providers: { type: "string", default: "sqlite,postgresql" },
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "20" },
    "think-ms": { type: "string", default: "0" },
    "warmup-seconds": { type: "string", default: "15" },
    stories: { type: "string", default: "10000" },
    server: { type: "string", default: "postgresql://postgres@127.0.0.1:55432/postgres" },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const storyCount = Number(values.stories);
const thinkMs = Number(values["think-ms"]);
const warmupSeconds = Number(values["warmup-seconds"]);

interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  connectionsWithASession: number;
}

/** Clients that wait `thinkMs` (±50%) between requests, each with its own session, for `duration` seconds. */
async function runThinkingClients(baseUrl: string, cookies: string[], latencies: number[]): Promise<LoadResult> {
  const endAt = performance.now() + duration * 1000;
  let requests = 0;
  let non2xx = 0;
  let errors = 0;
  await Promise.all(
    cookies.map(async (cookie, client) => {
      for (let turn = client; performance.now() < endAt; turn += 1) {
        const inboxPath = inboxPaths[turn % inboxPaths.length] ?? "/";
        const started = performance.now();
        try {
          const response = await fetch(`${baseUrl}${inboxPath}`, { headers: { cookie } });
          await response.arrayBuffer();
          latencies.push(performance.now() - started);
          requests += 1;
          if (response.status < 200 || response.status > 299) non2xx += 1;
        } catch {
          errors += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
      }
    }),
  );
  return {
    requests,
    requestsPerSecond: Number((requests / duration).toFixed(1)),
    non2xx,
    errors,
    timeouts: 0,
    connectionsWithASession: cookies.length,
  };
}

/**
 * Closed loop (autocannon): every client sends its next request as soon as the last one is answered,
 * for `seconds`; each response time is pushed onto `latencies`.
 */
function runClosedLoop(baseUrl: string, cookies: string[], seconds: number, latencies: number[]): Promise<LoadResult> {
  let nextClient = 0;
  return new Promise<LoadResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        // One signed-in user per connection (autocannon keeps a context per connection), as 20
        // editors in 20 browsers.
        requests: inboxPaths.map((inboxPath) => ({
          method: "GET" as const,
          path: inboxPath,
          setupRequest: (request: autocannon.Request, context: { cookie?: string }) => {
            context.cookie ??= cookies[nextClient++ % cookies.length] ?? "";
            return { ...request, headers: { ...request.headers, cookie: context.cookie } };
          },
        })),
      },
      (error, finished) =>
        error
          ? reject(error)
          : resolve({
              requests: finished.requests.total,
              requestsPerSecond: Number(finished.requests.average.toFixed(1)),
              non2xx: finished.non2xx,
              errors: finished.errors,
              timeouts: finished.timeouts,
              connectionsWithASession: Math.min(nextClient, cookies.length),
            }),
    );
    // autocannon reports p90 and p97.5 but not p95: every response time is kept instead.
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const webDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What editors do in the inbox: first pages, searches, filters, sorts and later pages. */
const inboxPaths = [
  "/",
  "/?q=harbor",
  "/?page=2",
  "/?status=draft",
  "/?sort=label_asc",
  "/?sort=sources_desc",
  "/?q=ledger&page=3",
  "/?sort=updated_asc&page=250",
  "/?status=none&sort=label_asc&page=5",
  "/?q=council&status=draft",
];

/**
 * Signs in through the sign-in page's form as a browser without JavaScript does: the form's hidden
 * fields (the server action's id) plus email and password, posted as multipart form data.
 */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const page = await (await fetch(`${baseUrl}/sign-in`)).text();
  const form = new FormData();
  for (const [, name, value = ""] of page.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g))
    if (name) form.append(name, value);
  form.append("email", email);
  form.append("password", password);
  const response = await fetch(`${baseUrl}/sign-in`, { method: "POST", body: form, redirect: "manual" });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("roundup_session="));
  if (!cookie) throw new Error(`signing in as ${email} set no session cookie (HTTP ${response.status})`);
  return cookie;
}

interface ProcessStat {
  pid: number;
  ppid: number;
  command: string;
  ticks: number;
}

/** Every process's parent, command name and CPU clock ticks so far (Linux /proc; ticks of 1/100 s). */
function processStats(): ProcessStat[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // Fields after the command name: state ppid … utime (14th field) stime (15th).
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = (stat.split(") ")[1] ?? "").split(" ");
        const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        return [{ pid: Number(pid), ppid: Number(fields[1]), command, ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return [];
      }
    });
}

/** CPU seconds of a process and its descendants so far. */
function processTreeCpuSeconds(rootPid: number): number {
  const stats = processStats();
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats)
      if (tree.has(stat.ppid) && !tree.has(stat.pid)) {
        tree.add(stat.pid);
        grew = true;
      }
  }
  return stats.filter((stat) => tree.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0) / 100;
}

/** CPU seconds of every PostgreSQL server process on this machine so far (0 when it runs elsewhere). */
function postgresCpuSeconds(): number {
  return (
    processStats()
      .filter((stat) => stat.command === "postgres")
      .reduce((sum, stat) => sum + stat.ticks, 0) / 100
  );
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(provider: TestProvider) {
  const database = await createTemporaryDatabase(provider);
  let server: NextServer | undefined;
  try {
    await seedInboxStories(database.db, storyCount);
    const users = Array.from({ length: connections }, (_, index) => ({
      email: `load-${index}@roundup.test`,
      password: `load-password-${index}`,
    }));
    for (const [index, user] of users.entries())
      await upsertUser(database.db, { ...user, name: `Load user ${index}`, role: "editor" });

    server = await startNextServer({
      ...process.env,
      DATABASE_URL: database.url,
      ROUNDUP_SESSION_SECRET: randomBytes(48).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
    });
    const { baseUrl } = server;
    const cookies: string[] = [];
    for (const user of users) cookies.push(await signIn(baseUrl, user.email, user.password));

    // Each path once per user, checked to be the inbox (not the sign-in page), warms the server up.
    for (const inboxPath of inboxPaths) {
      const response = await fetch(`${baseUrl}${inboxPath}`, { headers: { cookie: cookies[0] ?? "" } });
      const body = await response.text();
      if (response.status !== 200 || !body.includes("<h1>Inbox</h1>"))
        throw new Error(`${inboxPath} did not answer with the inbox (HTTP ${response.status})`);
    }

    // A server that has run for a while has compiled its hot code; the first thousands of requests
    // run colder. Unmeasured closed-loop load first, so the figures describe the steady state.
    if (warmupSeconds > 0) await runClosedLoop(baseUrl, cookies, warmupSeconds, []);

    const latencies: number[] = [];
    const serverPid = server.process.pid ?? 0;
    const serverCpuBefore = processTreeCpuSeconds(serverPid);
    const postgresCpuBefore = postgresCpuSeconds();
    const clientCpuBefore = process.cpuUsage();
    const loadBefore = loadavg()[0] ?? 0;
    const result: LoadResult =
      thinkMs > 0
        ? await runThinkingClients(baseUrl, cookies, latencies)
        : await runClosedLoop(baseUrl, cookies, duration, latencies);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    latencies.sort((left, right) => left - right);
    return {
      provider,
      stories: storyCount,
      users: connections,
      thinkMs,
      warmupSeconds,
      connectionsWithASession: result.connectionsWithASession,
      durationSeconds: duration,
      requests: result.requests,
      requestsPerSecond: result.requestsPerSecond,
      p50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
      p95Ms: Number(percentile(latencies, 0.95).toFixed(1)),
      p99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
      maxMs: Number((latencies.at(-1) ?? Number.NaN).toFixed(1)),
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      serverCpuSeconds: Number((processTreeCpuSeconds(serverPid) - serverCpuBefore).toFixed(1)),
      // Includes any other PostgreSQL work on the machine while the load ran.
      postgresCpuSeconds: Number((postgresCpuSeconds() - postgresCpuBefore).toFixed(1)),
      loadGeneratorCpuSeconds: Number(((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)),
      // The machine is shared: the load average says how much else was running.
      loadAverage: [Number(loadBefore.toFixed(2)), Number((loadavg()[0] ?? 0).toFixed(2))],
    };
  } finally {
    await server?.stop();
    await database.remove();
  }
}

if (!existsSync(path.join(webDirectory, ".next", "BUILD_ID")))
  throw new Error("the web app is not built: run `npx turbo run build --filter=@roundup/web` first");
// createTemporaryDatabase creates its PostgreSQL databases on this server.
process.env.ROUNDUP_TEST_POSTGRES_URL = values.server;
for (const provider of values.providers.split(",") as TestProvider[]) {
  process.stderr.write(`${provider}: seeding ${storyCount} stories, then ${duration} s of ${connections} clients\n`);
  process.stdout.write(`${JSON.stringify(await measure(provider), null, 2)}\n`);
}
