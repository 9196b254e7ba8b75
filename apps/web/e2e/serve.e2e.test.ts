import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type NextServer, startNextServer } from "../scripts/start-next-server";

const databaseUrl = inject("databaseUrl");

/** The pids of a process's children (Linux /proc). */
function childPids(parent: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
        return Number(fields[1]) === parent ? [Number(pid)] : [];
      } catch {
        return [];
      }
    });
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The heap limit the job-running process reports, in megabytes. */
function jobProcessHeapLimit(output: string): number {
  const found = /running jobs in this process on \w+ \(heap limit (\d+) MB\)/.exec(output);
  if (!found) throw new Error(`no job-running process reported its heap limit:\n${output}`);
  return Number(found[1]);
}

describe("scripts/serve.mjs, the production server", () => {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  let server: NextServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("serves from one process per requested core, runs jobs in one of them, and replaces a killed one", async () => {
    server = await startNextServer({ ...env, ROUNDUP_WEB_PROCESSES: "2" });
    const running = server;
    await waitFor(() => running.output().includes("(2 processes)"), "both processes to listen");
    const workers = childPids(running.process.pid ?? 0);
    expect(workers).toHaveLength(2);
    // Only one in-process job runner, however many processes serve pages.
    expect(occurrences(running.output(), "running jobs in this process")).toBe(1);
    // It holds the grouping index, so it runs under the heap cap (1,024 MB plus V8's young generation).
    await waitFor(() => running.output().includes("heap limit"), "the job-running process's line");
    expect(jobProcessHeapLimit(running.output())).toBeGreaterThanOrEqual(1024);
    expect(jobProcessHeapLimit(running.output())).toBeLessThan(1200);

    const [killed] = workers;
    process.kill(killed ?? 0, "SIGKILL");
    await waitFor(() => running.output().includes("restarting it"), "the supervisor to restart the process");
    await waitFor(() => {
      const now = childPids(running.process.pid ?? 0);
      return now.length === 2 && !now.includes(killed ?? 0);
    }, "a replacement process");
    await waitFor(
      async () => (await fetch(`${running.baseUrl}/sign-in`).catch(() => null))?.status === 200,
      "the sign-in page after the restart",
    );
  });

  it("serves one process from a child started with the heap cap, or in its own process when the cap is off", async () => {
    await server?.stop();
    server = await startNextServer({ ...env, ROUNDUP_WEB_PROCESSES: "1", ROUNDUP_WORKER_HEAP_MB: "768" });
    const capped = server;
    await waitFor(() => capped.output().includes("heap limit"), "the job-running process's line");
    expect(jobProcessHeapLimit(capped.output())).toBeGreaterThanOrEqual(768);
    expect(jobProcessHeapLimit(capped.output())).toBeLessThan(900);
    expect(childPids(capped.process.pid ?? 0)).toHaveLength(1);
    await capped.stop();

    server = await startNextServer({ ...env, ROUNDUP_WEB_PROCESSES: "1", ROUNDUP_WORKER_HEAP_MB: "off" });
    const uncapped = server;
    await waitFor(() => uncapped.output().includes("heap limit"), "the job-running process's line");
    expect(jobProcessHeapLimit(uncapped.output())).toBeGreaterThan(1200);
    expect(childPids(uncapped.process.pid ?? 0)).toHaveLength(0);
  });

  it("refuses a bad ROUNDUP_WORKER_HEAP_MB with the reason", async () => {
    await expect(startNextServer({ ...env, ROUNDUP_WORKER_HEAP_MB: "lots" })).rejects.toThrow(
      /ROUNDUP_WORKER_HEAP_MB must be a whole number of megabytes/,
    );
  });

  it("refuses a bad ROUNDUP_WEB_PROCESSES with the reason", async () => {
    await expect(startNextServer({ ...env, ROUNDUP_WEB_PROCESSES: "0" })).rejects.toThrow(
      /ROUNDUP_WEB_PROCESSES must be a whole number from 1 to 64, not "0"/,
    );
  });
});
