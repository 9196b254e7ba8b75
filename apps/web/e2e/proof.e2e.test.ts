import { sanitizeInputText } from "@roundup/core/text";
import { createDatabase, type Database } from "@roundup/db";
import { XMLValidator } from "fast-xml-parser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devUsers, seedBlinkenStory } from "../scripts/dev-seed";
import { launchChromium, signIn } from "./browser-session";

// What travels with a digest (issue 15): one citation numbering in the history too, corroboration and
// disagreements in what is published, and rows stored before input was sanitised rendered safely.

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");

let browser: Browser;
let db: Database;
const seeded: string[] = [];

async function seedStory(label: string) {
  const story = await seedBlinkenStory(db, { label: `Proof: ${label}`, variant: `${label} ${Date.now()}` });
  seeded.push(story.storyId);
  return story;
}

/** Rewrites the stored digest's JSON as an older version of Roundup (or another tool) could have left it. */
async function rewriteStoredDigest(storyId: string, change: (content: Record<string, unknown>) => void) {
  const row = await db.digest.findUniqueOrThrow({ where: { storyId } });
  const content = JSON.parse(row.content) as Record<string, unknown>;
  change(content);
  await db.digest.update({ where: { id: row.id }, data: { content: JSON.stringify(content) } });
}

/** Accepts what blocks publishing (the seed's unsupported sentence), approves and publishes, as an admin. */
async function publish(page: Page, storyId: string) {
  await page.goto(`/stories/${storyId}`);
  while ((await page.getByTestId("blocker").count()) > 0) {
    const blocker = page.getByTestId("blocker").first();
    await blocker.getByLabel("Reason to publish it as it is").fill("Confirmed by the desk");
    await blocker.getByRole("button", { name: "Accept" }).click();
    await page.waitForURL(/notice=accepted/);
  }
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL(/notice=approved/);
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/notice=published/);
}

beforeAll(async () => {
  browser = await launchChromium();
  db = createDatabase(databaseUrl);
});

afterAll(async () => {
  await browser?.close();
  if (db) {
    await db.article.deleteMany({ where: { storyId: { in: seeded } } });
    await db.story.deleteMany({ where: { id: { in: seeded } } });
    await db.$disconnect();
  }
});

describe("the history", () => {
  it("numbers citations in the diff as the story page does, and lists the cited passages under those numbers", async () => {
    const { storyId } = await seedStory("History numbering");
    const { context, page } = await signIn(browser, baseUrl, "editor");
    await page.goto(`/stories/${storyId}/edit`);
    const first = page.getByLabel("Summary sentence 1", { exact: true });
    await first.fill(`${await first.inputValue()} (Edited for the history.)`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(/notice=saved/);

    const pageMarkers = await page
      .getByTestId("summary-sentence")
      .evaluateAll((sentences) =>
        sentences.map((sentence) =>
          [...sentence.querySelectorAll("a.marker")].map((link) => Number(link.getAttribute("data-marker"))),
        ),
      );
    expect(pageMarkers.flat().length).toBeGreaterThan(2);
    // Every marker of the digest (key points, timeline, quotes and disagreements too).
    const allPageMarkers = await page
      .locator(".digest-content a.marker")
      .evaluateAll((links) => links.map((link) => Number(link.getAttribute("data-marker"))));
    const firstPassage = await page.locator(".sources-column mark.cited").evaluateAll((marks) =>
      marks
        .filter((mark) => (mark.getAttribute("data-markers") ?? "").split(",").includes("1"))
        .map((mark) => mark.textContent ?? "")
        .join(""),
    );
    expect(firstPassage.length).toBeGreaterThan(20);

    await page.goto(`/stories/${storyId}/history`);
    const lines = await page
      .getByTestId("diff")
      .locator("span, ins")
      .evaluateAll((items) => items.map((item) => item.textContent ?? ""));
    const summaryStart = lines.indexOf("## Summary");
    const summaryLines = lines.slice(summaryStart + 1, lines.indexOf("", summaryStart));
    expect(summaryLines).toHaveLength(pageMarkers.length);
    const diffMarkers = summaryLines.map((line) => [...line.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
    expect(diffMarkers).toEqual(pageMarkers);
    // No passage ids in the text an editor compares.
    expect((await page.getByTestId("diff").textContent()) ?? "").not.toMatch(/\[[a-z]_[0-9a-f]+/);
    // The edited sentence changed; the unedited ones are the same line on both sides.
    expect(await page.getByTestId("diff").locator("ins").count()).toBe(1);
    const footnotes = page.getByTestId("history-footnotes").locator("li");
    expect(await footnotes.count()).toBe(Math.max(...allPageMarkers));
    expect(await footnotes.first().textContent()).toContain(firstPassage.trim().slice(0, 40));
    await context.close();
  });
});

describe("what is published", () => {
  it("carries corroboration counts and where sources disagree on the public page, in the exports and the feed", async () => {
    const { storyId, articleIds } = await seedStory("Corroboration");
    const [gulfWire, , harborTimes] = articleIds;
    // As the facts code fills it when a digest is generated: the outlets that carry the claim.
    await rewriteStoredDigest(storyId, (content) => {
      const summary = content.summary as Array<Record<string, unknown>>;
      (summary[0] as Record<string, unknown>).corroboration = { outlets: 2, articleIds: [gulfWire, harborTimes] };
      (summary[1] as Record<string, unknown>).corroboration = { outlets: 1, articleIds: [gulfWire] };
    });
    const { context, page } = await signIn(browser, baseUrl, "admin");
    await publish(page, storyId);

    const reader = await browser.newContext({ baseURL: baseUrl, viewport: { width: 390, height: 844 } });
    const publicPage = await reader.newPage();
    await publicPage.goto(`/published/${storyId}`);
    const notes = await publicPage.locator(".corroboration").allTextContents();
    expect(notes).toEqual(["reported by 2 independent outlets", "reported by 1 outlet"]);
    const disagreements = publicPage.locator("section.disagreements");
    expect(await disagreements.getByRole("heading", { name: "Where sources disagree" }).count()).toBe(1);
    expect(await disagreements.textContent()).toContain("how long the truce plan would last");
    expect(await disagreements.textContent()).toContain("four and a half months");
    // The claims carry their footnotes too.
    expect(await disagreements.locator("sup.fn a").count()).toBeGreaterThan(1);
    await reader.close();

    const exportOf = async (format: string) =>
      (await context.request.get(`/api/stories/${storyId}/export?format=${format}`)).text();
    const markdown = await exportOf("markdown");
    expect(markdown).toContain("_(reported by 2 independent outlets)_");
    expect(markdown).toContain("## Where sources disagree");
    expect(markdown).toContain("four and a half months");
    const html = await exportOf("html");
    expect(html).toContain('<span class="corroboration">reported by 2 independent outlets</span>');
    expect(html).toContain("<h2>Where sources disagree</h2>");
    const json = JSON.parse(await exportOf("json"));
    expect(JSON.stringify(json)).toContain('"outlets":2');
    expect(JSON.stringify(json)).toContain("four and a half months");
    const feed = await (await context.request.get("/feed.xml")).text();
    const entry = feed.split("<entry>").find((part) => part.includes(`/published/${storyId}"`)) ?? "";
    expect(entry).toContain("reported by 2 independent outlets");
    expect(entry).toContain("Where sources disagree");
    expect(entry).toContain("four and a half months");
    await context.close();
  });
});

describe("outlets that give another figure", () => {
  it("are named beside the count on the story page and on the public page, linked to where they give it", async () => {
    const { storyId, articleIds } = await seedStory("Other figures");
    const [gulfWire, , harborTimes] = articleIds;
    // As corroboration fills it: an outlet counted for the event gives another count of its figure.
    await rewriteStoredDigest(storyId, (content) => {
      const summary = content.summary as Array<Record<string, unknown>>;
      (summary[0] as Record<string, unknown>).corroboration = {
        outlets: 2,
        articleIds: [gulfWire, harborTimes],
        otherFigures: [{ articleId: harborTimes, figure: "40", instead: "35" }],
      };
    });
    const { context, page } = await signIn(browser, baseUrl, "admin");
    await page.goto(`/stories/${storyId}`);
    const note = page.getByTestId("other-figures");
    expect(await note.count()).toBe(1);
    expect(await note.textContent()).toMatch(/^1 of them gives another figure: 35 \(.+\) for 40$/);
    // The other figure links into the page, to its passage or its article, as citation markers do.
    expect(await note.locator("a").getAttribute("href")).toMatch(/^#(passage|article)-/);
    await publish(page, storyId);

    const reader = await browser.newContext({ baseURL: baseUrl });
    const publicPage = await reader.newPage();
    await publicPage.goto(`/published/${storyId}`);
    const published = (await publicPage.locator(".other-figures").allTextContents()).join(" ");
    expect(published).toContain("1 of them gives another figure: 35 (");
    expect(published).toContain("for 40");
    await reader.close();
    await context.close();
  });
});

// What sanitising removes at the edge now (a NUL, bidi overrides and isolates among them) must not show anywhere.
const unsafeText = { test: (text: string) => sanitizeInputText(text) !== text };

/** Every link of a page: none may run script. */
async function scriptLinks(page: Page): Promise<string[]> {
  return page
    .locator("[href], [src], [action]")
    .evaluateAll((elements) =>
      elements
        .flatMap((element) => ["href", "src", "action"].map((name) => element.getAttribute(name) ?? ""))
        .filter((value) => /^\s*(javascript|data|vbscript):/i.test(value)),
    );
}

async function checkPage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  expect(await scriptLinks(page), url).toEqual([]);
  const text = (await page.locator("body").textContent()) ?? "";
  expect(unsafeText.test(text), `${url} shows a control or bidi character`).toBe(false);
  await page.close();
}

describe("rows stored before input was sanitised", () => {
  it("render safely on every page, export and the feed: no control or bidi character, no javascript: link", async () => {
    const { storyId, articleIds } = await seedStory("Old rows");
    const label = `Proof: Old rows \u202Egnp.exe\u202C ${Date.now()}`;
    await db.story.update({ where: { id: storyId }, data: { label } });
    // A headline with a NUL and an override, an outlet with an isolate, a script link as a source URL.
    await rewriteStoredDigest(storyId, (content) => {
      content.headline = "Blinken says\u0000 work remains \u202Eecurt\u202C on a truce";
      const summary = content.summary as Array<Record<string, unknown>>;
      (summary[0] as Record<string, unknown>).text = `\u2067${String((summary[0] as { text: string }).text)}\u2069`;
    });
    await db.article.updateMany({
      where: { id: { in: articleIds } },
      data: { url: "javascript:alert(document.domain)", source: "Gulf\u2066 Wire\u2069" },
    });
    // Stored as it came (JSON writes the NUL as an escape).
    expect((await db.digest.findUniqueOrThrow({ where: { storyId } })).content).toContain("\\u0000");

    const { context, page } = await signIn(browser, baseUrl, "admin");
    await publish(page, storyId);
    for (const url of [
      "/",
      `/?q=${encodeURIComponent("Old rows")}`,
      `/stories/${storyId}`,
      `/stories/${storyId}/edit`,
      `/stories/${storyId}/history`,
      "/audit",
      "/jobs",
      `/published/${storyId}`,
    ])
      await checkPage(context, url);

    for (const format of ["markdown", "html", "json"]) {
      const response = await context.request.get(`/api/stories/${storyId}/export?format=${format}`);
      expect(response.status(), format).toBe(200);
      const body = await response.text();
      expect(unsafeText.test(body), format).toBe(false);
      // JSON may carry them escaped.
      expect(body, format).not.toMatch(/\\u(00[01][0-9a-f]|202[a-e]|206[6-9])/i);
      expect(body, format).not.toMatch(/javascript:/i);
      expect(body, format).toContain("work remains");
    }
    const feed = await (await context.request.get("/feed.xml")).text();
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(unsafeText.test(feed)).toBe(false);
    expect(feed).not.toMatch(/javascript:/i);
    expect(feed).toContain("Blinken says work remains ecurt on a truce");
    await context.close();
  });
});

describe("the jobs and audit pages", () => {
  it("name the story of a grouping edit and the person who made it, with dates written out", async () => {
    const { storyId, articleIds } = await seedStory("Split source");
    const { context, page } = await signIn(browser, baseUrl, "editor");
    await page.goto(`/stories/${storyId}`);
    await page.locator(`[id="split-${articleIds[2]}"]`).check();
    await page.getByRole("button", { name: "Split into new story" }).click();
    await page.waitForURL(/notice=split/);
    const newStoryId = decodeURIComponent(new URL(page.url()).pathname.split("/")[2] ?? "");
    seeded.push(newStoryId);
    // Pages name a story by its label as it is now (a split relabels the story it leaves).
    const label = (await db.story.findUniqueOrThrow({ where: { id: storyId } })).label;

    await page.goto("/jobs");
    const row = page
      .locator('tr[data-job-name="grouping-edit"]', { has: page.locator(`a[href="/stories/${storyId}"]`) })
      .first();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(`Split of 1 article out of ${label}`);
    expect(text).toContain(`asked by ${devUsers.editor.name}`);
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(await row.getByRole("link", { name: label }).getAttribute("href")).toBe(`/stories/${storyId}`);

    await page.goto("/audit");
    const event = page.locator('tr[data-action="story.split"]', { hasText: label }).first();
    expect(await event.textContent()).toContain(devUsers.editor.name);
    expect(await event.textContent()).toContain(`split 1 article off “${label}”`);
    await context.close();
  });
});
