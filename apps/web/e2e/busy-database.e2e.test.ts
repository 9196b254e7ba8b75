import { createDatabase, type Database } from "@roundup/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedBlinkenStory } from "../scripts/dev-seed";
import { type NextServer, startNextServer } from "../scripts/start-next-server";
import { launchChromium, signIn } from "./browser-session";

// A save that meets a busy SQLite file (issue 15): the test holds the file's write lock itself, as
// another process (the CLI, a worker, another web process) would, against a server of its own whose
// statements wait 100 ms for the lock and whose transactions are retried 12 times. What happens is
// decided by when the test lets go of the lock, not by how long anything takes.

const databaseUrl = inject("databaseUrl");
const sentence = "About 1,000 people gathered at the crossing on Sunday, the agencies said, waiting for aid.";

let browser: Browser;
let db: Database;
let server: NextServer;
const seeded: string[] = [];

/** Takes the file's write lock (a transaction that wrote and has not committed) until `release` is called. */
async function holdWriteLock(storyId: string): Promise<{ release: () => Promise<void> }> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked: () => void = () => {};
  const holding = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const transaction = db.$transaction(
    async (tx) => {
      await tx.$executeRaw`UPDATE "Story" SET "label" = "label" WHERE "id" = ${storyId}`;
      locked();
      await released;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  await holding;
  return {
    release: async () => {
      release();
      await transaction;
    },
  };
}

const busyRetries = (output: string) => output.split("the SQLite file is busy").length - 1;

beforeAll(async () => {
  browser = await launchChromium();
  db = createDatabase(databaseUrl);
  server = await startNextServer({
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    // The shared server runs the jobs; this one only serves pages.
    ROUNDUP_WEB_WORKER: "off",
    ROUNDUP_WEB_PROCESSES: "1",
    ROUNDUP_SQLITE_BUSY_TIMEOUT_MS: "100",
    ROUNDUP_SQLITE_BUSY_RETRIES: "12",
  });
});

afterAll(async () => {
  await server?.stop();
  await browser?.close();
  if (db) {
    await db.article.deleteMany({ where: { storyId: { in: seeded } } });
    await db.story.deleteMany({ where: { id: { in: seeded } } });
    await db.$disconnect();
  }
});

describe("saving a digest while another process holds the SQLite file", () => {
  it("keeps the typed text and says to save again when the retries give up, then saves once the file is free", async () => {
    const { storyId } = await seedBlinkenStory(db, { label: "Busy: gives up", variant: `busy ${Date.now()}` });
    seeded.push(storyId);
    const { context, page } = await signIn(browser, server.baseUrl, "editor");
    await page.goto(`/stories/${storyId}/edit`);
    const field = page.getByLabel("Summary sentence 1", { exact: true });
    await field.fill(sentence);

    const lock = await holdWriteLock(storyId);
    try {
      const before = busyRetries(server.output());
      await page.getByRole("button", { name: "Save", exact: true }).click();
      const error = page.getByTestId("save-error");
      await error.waitFor({ timeout: 60_000 });
      expect(await error.textContent()).toContain("Your text is still here: save again");
      // It waited for the file all along (each retry logged) before answering.
      expect(busyRetries(server.output()) - before).toBe(12);
      expect(await field.inputValue()).toBe(sentence);
      expect(page.url()).toMatch(/\/edit$/);
    } finally {
      await lock.release();
    }
    const stored = await db.digest.findUniqueOrThrow({ where: { storyId } });
    expect(stored.version).toBe(1);
    expect(stored.content).not.toContain("About 1,000 people gathered");

    // The file is free again: the same text saves as it is.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(/notice=saved/);
    const saved = await db.digest.findUniqueOrThrow({ where: { storyId } });
    expect(saved.version).toBe(2);
    expect(saved.content).toContain("About 1,000 people gathered");
    await context.close();
  });

  it("saves the text when the file is freed while the save is waiting for it", async () => {
    const { storyId } = await seedBlinkenStory(db, { label: "Busy: waits", variant: `busy ${Date.now()}` });
    seeded.push(storyId);
    const { context, page } = await signIn(browser, server.baseUrl, "editor");
    await page.goto(`/stories/${storyId}/edit`);
    await page.getByLabel("Summary sentence 1", { exact: true }).fill(sentence);

    const lock = await holdWriteLock(storyId);
    const before = busyRetries(server.output());
    try {
      await page.getByRole("button", { name: "Save", exact: true }).click();
      // Let go once the server has met the lock and is retrying (its first retry is logged); 11 remain.
      await expect
        .poll(() => busyRetries(server.output()) - before, { timeout: 30_000, interval: 50 })
        .toBeGreaterThan(0);
    } finally {
      await lock.release();
    }
    await page.waitForURL(/notice=saved/, { timeout: 30_000 });
    expect(busyRetries(server.output()) - before).toBeLessThan(12);
    const saved = await db.digest.findUniqueOrThrow({ where: { storyId } });
    expect(saved.version).toBe(2);
    expect(saved.content).toContain("About 1,000 people gathered");
    await context.close();
  });
});
