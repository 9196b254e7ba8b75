import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, migrateDatabase } from "@roundup/db";
import type { TestProject } from "vitest/node";
import { devUsers, seedDevelopmentData } from "../scripts/dev-seed";

const webDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryRoot = path.resolve(webDirectory, "../..");
const nextBin = path.join(repositoryRoot, "node_modules/next/dist/bin/next");
const roundupBin = path.join(repositoryRoot, "apps/cli/bin/roundup.js");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    storyId: string;
    markupStoryId: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${url} within 60 s:\n${output()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const directory = mkdtempSync(path.join(tmpdir(), "roundup-e2e-"));
  const databaseUrl = `file:${path.join(directory, "roundup.db")}`;
  // The web server runs the jobs (its default in-process worker); the tests serve pages from 127.0.0.1.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    ROUNDUP_FETCH_ALLOW_HOSTS: "127.0.0.1",
  };
  delete env.ROUNDUP_WEB_WORKER;
  // The session secret is left unset on purpose: the app must create and persist one next to the DB.
  delete env.ROUNDUP_SESSION_SECRET;

  migrateDatabase(databaseUrl);
  // The real pipeline first (samples/seeds imported, grouped and digested offline by the CLI), then
  // the fixtures the tests rely on: one user per role, a story with known citations, a markup story.
  const setup = spawnSync(process.execPath, [roundupBin, "setup"], {
    cwd: repositoryRoot,
    env: { ...env, ROUNDUP_ADMIN_EMAIL: devUsers.admin.email, ROUNDUP_ADMIN_PASSWORD: devUsers.admin.password },
    encoding: "utf8",
  });
  if (setup.status !== 0)
    throw new Error(`roundup setup failed (exit ${setup.status}):\n${setup.stdout}${setup.stderr}`);
  const db = createDatabase(databaseUrl);
  const seeded = await seedDevelopmentData(db);
  await db.$disconnect();

  if (!existsSync(path.join(webDirectory, ".next", "BUILD_ID"))) {
    // CI builds first (turbo run build); this keeps a bare `npm run test:browser` working too.
    const build = spawnSync(process.execPath, [nextBin, "build", "--webpack"], {
      cwd: webDirectory,
      env,
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);
  }

  const port = await freePort();
  let output = "";
  const server = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: webDirectory,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${baseUrl}/sign-in`, server, () => output);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }

  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("storyId", seeded.storyId);
  project.provide("markupStoryId", seeded.markupStoryId);

  return async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    if (process.env.ROUNDUP_E2E_KEEP !== "1") rmSync(directory, { recursive: true, force: true });
  };
}
