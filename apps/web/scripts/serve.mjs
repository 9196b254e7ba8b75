#!/usr/bin/env node
// Serves the built workbench with one Next.js process per core (node:cluster shares the port), because
// one Node process renders on one core: under 20 editors the second core would otherwise sit idle.
// Only the first process runs queued jobs in-process; the others set ROUNDUP_WEB_WORKER=off. That
// process holds the grouping index, so it is started with the heap cap (ROUNDUP_WORKER_HEAP_MB): V8
// takes it only at start, so even a single process is then served by a process forked with it.
//
//   node scripts/serve.mjs [--hostname 127.0.0.1] [--port 3000]
//   ROUNDUP_WEB_PROCESSES=N   processes to run (default: the number of cores; 1 serves in this process)
//   ROUNDUP_TRUST_PROXY=on    a reverse proxy in front sets X-Forwarded-For (default off: the connection's address)
//   ROUNDUP_WORKER_HEAP_MB=N  heap cap of the process that runs jobs (default for the grouping window; off: V8's)
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sharedSettingsSchema, workerHeapFlags } from "@roundup/core/settings";
import next from "next";

const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Not $HOSTNAME: shells and containers set it to the machine's name, not an address to listen on.
const hostname = values.hostname;

/** ROUNDUP_WEB_PROCESSES, validated here at the edge: a bad value stops the start with the reason. */
function processCount() {
  const raw = process.env.ROUNDUP_WEB_PROCESSES;
  if (raw === undefined || raw === "") return availableParallelism();
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    process.stderr.write(`roundup web: ROUNDUP_WEB_PROCESSES must be a whole number from 1 to 64, not "${raw}"\n`);
    process.exit(1);
  }
  return count;
}

/** ROUNDUP_TRUST_PROXY, validated here at the edge like ROUNDUP_WEB_PROCESSES. */
function trustProxy() {
  const raw = (process.env.ROUNDUP_TRUST_PROXY ?? "").trim();
  if (raw === "" || raw === "off") return false;
  if (raw === "on") return true;
  process.stderr.write(`roundup web: ROUNDUP_TRUST_PROXY must be on or off, not "${raw}"\n`);
  process.exit(1);
}

/** The node flags of the process that runs jobs (the heap cap), validated here at the edge. */
function jobProcessFlags() {
  if ((process.env.ROUNDUP_WEB_WORKER ?? "").trim() === "off") return [];
  const parsed = sharedSettingsSchema
    .pick({ ROUNDUP_WORKER_HEAP_MB: true, ROUNDUP_GROUP_WINDOW_DAYS: true, NODE_OPTIONS: true })
    .safeParse(process.env);
  if (!parsed.success) {
    process.stderr.write(`roundup web: ${parsed.error.issues.map((issue) => issue.message).join("; ")}\n`);
    process.exit(1);
  }
  return workerHeapFlags({
    heapMegabytes: parsed.data.ROUNDUP_WORKER_HEAP_MB,
    windowDays: parsed.data.ROUNDUP_GROUP_WINDOW_DAYS,
    execArgv: process.execArgv,
    nodeOptions: parsed.data.NODE_OPTIONS,
  });
}

async function serve() {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    // Sign-in is throttled per address: without a trusted proxy, a browser's own X-Forwarded-For
    // (which Next.js would keep) is replaced by the address of the connection.
    if (!trusted) request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
    return handle(request, response);
  });
  await new Promise((resolve) => server.listen(port, hostname, () => resolve(undefined)));
  if (!cluster.isWorker) process.stdout.write(`roundup web: ready on http://${hostname ?? "localhost"}:${port}\n`);
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function supervise(count, jobFlags) {
  let stopping = false;
  let ready = 0;
  const envFor = (index) => (index === 0 ? {} : { ROUNDUP_WEB_WORKER: "off" });
  const fork = (index) => {
    cluster.setupPrimary({ execArgv: index === 0 ? [...jobFlags, ...process.execArgv] : process.execArgv });
    const worker = cluster.fork(envFor(index));
    let listening = false;
    worker.once("listening", () => {
      listening = true;
      ready += 1;
      if (ready === count)
        process.stdout.write(
          `roundup web: ready on http://${hostname ?? "localhost"}:${port} (${count} process${count === 1 ? "" : "es"})\n`,
        );
    });
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      if (!listening) {
        // It never served (a bad setting, a port in use): restarting would fail the same way.
        process.stderr.write(`roundup web: process ${index + 1} of ${count} exited before serving (code ${code})\n`);
        shutdown(code || 1);
        return;
      }
      process.stderr.write(`roundup web: process ${index + 1} stopped (${signal ?? `code ${code}`}); restarting it\n`);
      fork(index);
    });
  };
  const shutdown = (code) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter(Boolean);
    if (workers.length === 0) process.exit(code);
    let left = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => {
        left -= 1;
        if (left === 0) process.exit(code);
      });
      worker.process.kill("SIGTERM");
    }
  };
  process.once("SIGTERM", () => shutdown(0));
  process.once("SIGINT", () => shutdown(0));
  for (let index = 0; index < count; index += 1) fork(index);
}

const count = processCount();
const trusted = trustProxy();
const jobFlags = cluster.isPrimary ? jobProcessFlags() : [];
if (cluster.isPrimary && (count > 1 || jobFlags.length > 0)) supervise(count, jobFlags);
else await serve();
