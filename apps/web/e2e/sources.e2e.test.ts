import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, type Database } from "@roundup/db";
import { startTestFeedServer, type TestFeedServer } from "@roundup/jobs/testing";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devUsers } from "../scripts/dev-seed";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test-output/screenshots");

// Every title starts with "Zubrava" so these stories sort after the ones the other browser tests pick by label.
const damReport = (detail: string) =>
  [
    `Engineers in Zubrava lowered the reservoir behind the Zubrava dam on Tuesday after cracks were found in its northern wall, the regional water authority said. ${detail}`,
    "About 4,300 residents of the Zubrava valley were told to move to higher ground as a precaution, and the main bridge below the dam was closed to traffic.",
    "The Zubrava dam was built in 1961 and last inspected in March; the water authority said divers would examine the wall once the level had fallen by six metres.",
  ].join("\n\n");

const harbourPage = [
  "The Zubrava harbour festival opened on Saturday with a parade of forty restored fishing boats, the organisers said.",
  "The festival, which runs for three days, expects some 20,000 visitors and closes on Monday with a fireworks display over the old port.",
].join("\n\n");

const ferryFile = `# Zubrava ferry timetable changes\n\nThe island ferry from Zubrava will run every forty minutes from next month, the operator announced on Friday, after complaints about crowded winter crossings.\n`;

let browser: Browser;
let server: TestFeedServer;
let db: Database;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
  server = await startTestFeedServer();
  db = createDatabase(databaseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.$disconnect();
});

async function signIn(role: keyof typeof devUsers): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(devUsers[role].email);
  await page.getByLabel("Password").fill(devUsers[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/`);
  return { context, page };
}

/** Waits for the newest import on the Sources page to finish, and returns its lines' statuses and texts. */
async function lastImport(page: Page): Promise<Array<{ status: string | null; text: string }>> {
  const run = page.getByTestId("sources-run").first();
  await expect.poll(() => run.getAttribute("data-phase"), { timeout: 60_000 }).toMatch(/^(done|failed)$/);
  return run
    .getByTestId("source-line")
    .evaluateAll((lines) =>
      lines.map((line) => ({ status: line.getAttribute("data-status"), text: line.textContent ?? "" })),
    );
}

describe("sources from the browser and stories that move", () => {
  it("adds a URL, uploads a file, subscribes to a feed, and sees the story gain new articles since its digest", async () => {
    server.setFeed("pages", [
      { guid: "h", title: "Zubrava harbour festival opens", text: "Teaser.", link: "/news/harbour", page: harbourPage },
    ]);
    server.setFeed("zubrava", [
      {
        guid: "dam-1",
        title: "Zubrava dam: reservoir lowered after cracks found",
        link: "/news/dam-1",
        text: damReport(""),
      },
    ]);
    const { context, page } = await signIn("editor");
    await page.getByRole("link", { name: "Sources" }).click();
    await page.waitForURL(`${baseUrl}/sources`);

    // A pasted address, and one that fails: each gets its own line, the failure in words.
    await page
      .getByLabel("Web pages or feeds, one address per line")
      .fill(`${server.base}/news/harbour\n${server.base}/news/missing`);
    await page.getByTestId("sources-urls").getByRole("button", { name: "Import" }).click();
    const urls = await lastImport(page);
    expect(urls.map((line) => line.status)).toEqual(["imported", "failed"]);
    expect(urls[0]?.text).toContain("Zubrava harbour festival opens");
    expect(urls[1]?.text).toContain("HTTP 404");

    // An uploaded file, and the same file again: already there.
    const file = { name: "ferry.md", mimeType: "text/markdown", buffer: Buffer.from(ferryFile) };
    for (const expected of ["imported", "already there"]) {
      await page.getByLabel(/Text, Markdown, HTML/).setInputFiles(file);
      await page.getByTestId("sources-files").getByRole("button", { name: "Upload" }).click();
      expect((await lastImport(page)).map((line) => line.status)).toEqual([expected]);
    }

    // A feed: its first poll imports its item, which is grouped into a story of its own.
    await page.getByLabel("RSS, Atom or JSON Feed address").fill(server.url("zubrava"));
    await page.getByTestId("sources-feed").getByRole("button", { name: "Subscribe" }).click();
    const subscribed = await lastImport(page);
    expect(subscribed).toEqual([{ status: "imported", text: expect.stringContaining("Subscribed: 1 new article") }]);
    await page.screenshot({ path: path.join(screenshots, "sources.png"), fullPage: true });
    const storyOf = async (title: string) =>
      (await db.article.findFirst({ where: { title }, select: { storyId: true } }))?.storyId ?? null;
    await expect
      .poll(() => storyOf("Zubrava dam: reservoir lowered after cracks found"), { timeout: 60_000 })
      .not.toBeNull();
    const storyId = (await storyOf("Zubrava dam: reservoir lowered after cracks found")) as string;

    // The story gets its digest.
    await page.goto(`/stories/${storyId}`);
    const panel = page.getByTestId("generate-panel");
    await panel.getByRole("button", { name: "Generate" }).click();
    await panel.locator('[data-step="saved"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("new-articles").count()).toBe(0);

    // The feed publishes a follow-up; polled now from the Feeds page, it joins the story.
    server.setFeed("zubrava", [
      {
        guid: "dam-2",
        title: "Zubrava dam: 4,300 residents leave the valley",
        link: "/news/dam-2",
        text: damReport("Divers reached the cracked northern wall of the Zubrava dam on Wednesday."),
      },
      {
        guid: "dam-1",
        title: "Zubrava dam: reservoir lowered after cracks found",
        link: "/news/dam-1",
        text: damReport(""),
      },
    ]);
    await page.goto("/feeds");
    const row = page.locator("tr[data-feed-id]", { hasText: server.url("zubrava") });
    expect(await row.textContent()).toContain("new version read");
    await row.getByRole("button", { name: /Poll .* now/ }).click();
    await page.waitForURL(/notice=polling/);
    await expect
      .poll(() => storyOf("Zubrava dam: 4,300 residents leave the valley"), { timeout: 60_000 })
      .toBe(storyId);

    // The inbox (and the story page) say so, and one click regenerates.
    const badge = async () => {
      await page.goto("/?q=zubrava+dam");
      const inboxRow = page.locator(`tr[data-story-id="${storyId}"]`);
      return (await inboxRow.getByTestId("new-articles").textContent()) ?? "";
    };
    await expect.poll(badge, { timeout: 30_000 }).toContain("1 new article since this digest");
    await page.goto(`/stories/${storyId}`);
    expect(await page.getByTestId("new-articles").textContent()).toContain("1 new article since this digest");
    await page.goto("/?q=zubrava+dam");
    await page.screenshot({ path: path.join(screenshots, "inbox-new-articles.png"), fullPage: false });
    await page.locator(`tr[data-story-id="${storyId}"]`).getByRole("button", { name: "Regenerate" }).click();
    await expect
      .poll(() => page.locator(`tr[data-story-id="${storyId}"]`).getByTestId("new-articles").count(), {
        timeout: 60_000,
      })
      .toBe(0);
    await context.close();
  }, 300_000);

  it("subscribes, updates and unsubscribes from the Feeds page, each with its audit row", async () => {
    const { context, page } = await signIn("editor");
    const url = server.url("zubrava-harbour");
    server.setFeed("zubrava-harbour", []);
    await page.goto("/feeds");
    const form = page.getByTestId("feed-subscribe");
    const subscribe = async (every: string) => {
      await form.getByLabel("Feed address").fill(url);
      await form.getByLabel("Every (minutes)").fill(every);
      await form.getByRole("button", { name: "Subscribe" }).click();
    };
    await subscribe("20");
    await page.waitForURL(/notice=subscribed/);
    await subscribe("45");
    await page.waitForURL(/notice=updated/);
    const feed = await db.feed.findUnique({ where: { url }, select: { id: true, everyMinutes: true } });
    expect(feed?.everyMinutes).toBe(45);
    await page
      .locator("tr[data-feed-id]", { hasText: url })
      .getByRole("button", { name: /Unsubscribe/ })
      .click();
    await page.waitForURL(/notice=unsubscribed/);
    const events = await db.auditEvent.findMany({
      where: { entity: "feed", entityId: feed?.id ?? "" },
      orderBy: { createdAt: "asc" },
      select: { action: true, actor: { select: { email: true } } },
    });
    expect(events.map((event) => [event.action, event.actor?.email])).toEqual([
      ["feed.subscribed", devUsers.editor.email],
      ["feed.updated", devUsers.editor.email],
      ["feed.unsubscribed", devUsers.editor.email],
    ]);
    await context.close();
  }, 120_000);

  it("keeps reviewers off the Sources and Feeds pages and their API", async () => {
    const { context, page } = await signIn("reviewer");
    expect(await page.getByRole("link", { name: "Sources" }).count()).toBe(0);
    await page.goto("/sources");
    expect(await page.locator("main").textContent()).toContain("may not add sources");
    const response = await page.request.post("/api/sources", {
      multipart: { kind: "urls", urls: `${server.base}/news/harbour` },
      headers: { origin: baseUrl },
    });
    expect(response.status()).toBe(403);
    await context.close();
  });
});
