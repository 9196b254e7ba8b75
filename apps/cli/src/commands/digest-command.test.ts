import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { answerFromPrompt, fakeBatchApi, startFakeServer } from "@roundup/core/testing";
import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { sampleCorpusFolder } from "@roundup/jobs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readBatchState } from "../batch-journal.js";
import { builtCommand } from "../testing/built-command.js";
import { runCli } from "../testing/memory-io.js";

/** Runs the built command in a child process, so that the test can kill it as a crash would. */
function runBuilt(
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; done: Promise<{ status: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [builtCommand(), ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr })),
  );
  return { child, done };
}

describe("roundup digest --engine batch", () => {
  let database: TemporaryDatabase;
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  let holding = true;
  let stateFile: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
    server = await startFakeServer(fakeBatchApi({ answer: (user) => answerFromPrompt(user), holding: () => holding }));
    stateFile = path.join(database.folder, "pending-batches.json");
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      ROUNDUP_ADMIN_EMAIL: "",
      ROUNDUP_ADMIN_PASSWORD: "",
      OPENAI_API_KEY: "test-key",
      OPENAI_BASE_URL: `${server.url}/v1`,
      ROUNDUP_MODEL: "gpt-4o-mini",
      ROUNDUP_BATCH_POLL_MS: "20",
      ROUNDUP_BATCH_STATE: stateFile,
    };
    const ingest = await runCli(["ingest", sampleCorpusFolder], env);
    expect(ingest.status, ingest.stderr).toBe(0);
  });
  afterAll(async () => {
    await server.close();
    await database.remove();
  });

  it("resumes the pending batch after the first run died, instead of submitting a second one", async () => {
    // First run: the batch is submitted and recorded, then the process dies while it is still running.
    const first = runBuilt(["digest", "--all", "--engine", "batch", "--json"], env);
    await vi.waitFor(
      () => expect(existsSync(stateFile) && Object.keys(readBatchState(stateFile).pending).length).toBeGreaterThan(0),
      { timeout: 60_000, interval: 50 },
    );
    first.child.kill("SIGKILL");
    const died = await first.done;
    expect(died.status).toBeNull();
    expect(died.stderr).toMatch(/submitted batch batch-1 for 1 story/);
    const pending = Object.values(readBatchState(stateFile).pending);
    expect(pending).toEqual([expect.objectContaining({ batchIds: ["batch-1"], model: "gpt-4o-mini" })]);
    const creates = () =>
      server.requests.filter((request) => request.method === "POST" && request.path === "/v1/batches");
    expect(creates()).toHaveLength(1);

    // Second run, same command: it collects batch-1, says so, and submits nothing.
    holding = false;
    const uploadsBefore = server.requests.filter((request) => request.path === "/v1/files").length;
    const second = await runCli(["digest", "--all", "--engine", "batch", "--json"], env);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain("resuming batch batch-1 submitted earlier, instead of submitting a new one");
    const report = JSON.parse(second.stdout) as { results: Array<{ status: string; unsupported: number }> };
    expect(report.results).toEqual([expect.objectContaining({ status: "created", unsupported: 0 })]);
    expect(creates()).toHaveLength(1);
    expect(server.requests.filter((request) => request.path === "/v1/files").length).toBe(uploadsBefore);
    expect(readBatchState(stateFile).pending).toEqual({});

    // Third run: inputs unchanged, so the stored digest stands and no request is sent.
    const requestsBefore = server.requests.length;
    const third = await runCli(["digest", "--all", "--engine", "batch", "--json"], env);
    expect(JSON.parse(third.stdout).results[0].status).toBe("reused");
    expect(server.requests.length).toBe(requestsBefore);
  });

  it("collects a batch named with --batch-id, and refuses one that answers other requests", async () => {
    const wrong = await runCli(["digest", "--all", "--engine", "batch", "--force", "--batch-id", "batch-1", "--json"], {
      ...env,
      ROUNDUP_MODEL: "gpt-4.1-mini",
    });
    expect(wrong.status).toBe(1);
    expect(JSON.parse(wrong.stdout).failed[0].error).toMatch(/batch-1 was submitted for other requests/);
    expect(
      server.requests.filter((request) => request.method === "POST" && request.path === "/v1/batches"),
    ).toHaveLength(1);

    const right = await runCli(
      ["digest", "--all", "--engine", "batch", "--force", "--batch-id", "batch-1", "--json"],
      env,
    );
    expect(right.status, right.stderr).toBe(0);
    expect(right.stderr).toContain("resuming batch batch-1");
    expect(JSON.parse(right.stdout).results[0].status).toBe("regenerated");
  });

  it("refuses --batch-id without the batch engine", async () => {
    const misuse = await runCli(["digest", "--all", "--batch-id", "batch-1"], env);
    expect(misuse.status).toBe(2);
    expect(misuse.stderr).toContain("--batch-id needs --engine batch");
  });
});
