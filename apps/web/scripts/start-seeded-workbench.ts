import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, migrateDatabase } from "@roundup/db";
import { devUsers, type SeedResult, seedDevelopmentData } from "./dev-seed";
import { startNextServer } from "./start-next-server";

const webDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryRoot = path.resolve(webDirectory, "../..");
const nextBin = path.join(repositoryRoot, "node_modules/next/dist/bin/next");
const roundupBin = path.join(repositoryRoot, "apps/cli/bin/roundup.js");

export interface SeededWorkbench {
  baseUrl: string;
  databaseUrl: string;
  seeded: SeedResult;
  /** Stops the server and removes the database (kept when ROUNDUP_E2E_KEEP=1). */
  stop: () => Promise<void>;
}

/**
 * The built workbench over a fresh SQLite database in a temporary folder: samples/seeds imported,
 * grouped and digested offline by `roundup setup`, then one user per role and the stories the browser
 * tests and the README screenshots rely on. Builds the app first when there is no build.
 */
export async function startSeededWorkbench(): Promise<SeededWorkbench> {
  const directory = mkdtempSync(path.join(tmpdir(), "roundup-e2e-"));
  const databaseUrl = `file:${path.join(directory, "roundup.db")}`;
  // The web server runs the jobs (its default in-process worker); pages are served from 127.0.0.1.
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

  const server = await startNextServer(env);
  return {
    baseUrl: server.baseUrl,
    databaseUrl,
    seeded,
    stop: async () => {
      await server.stop();
      if (process.env.ROUNDUP_E2E_KEEP !== "1") rmSync(directory, { recursive: true, force: true });
    },
  };
}
