import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, type Database, parseDigestContent } from "@roundup/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devUsers, seedBlinkenStory } from "../scripts/dev-seed";
import { launchChromium, signIn } from "./browser-session";

// The editor's desk (issue 15): the publish gate, published versions that stay live, the proof in
// what is published, and a workbench built around the digest. Each test seeds its own story
// (labelled "Desk: …"), so the order of test files does not matter; they are removed afterwards.

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test-output/screenshots");

let browser: Browser;
let db: Database;
const seeded: string[] = [];

async function seedStory(label: string): Promise<string> {
  const { storyId } = await seedBlinkenStory(db, { label: `Desk: ${label}`, variant: `${label} ${Date.now()}` });
  seeded.push(storyId);
  return storyId;
}

async function storedDigest(storyId: string) {
  const row = await db.digest.findUniqueOrThrow({ where: { storyId } });
  return { ...row, parsed: parseDigestContent(row.content) };
}

async function revisionCount(storyId: string): Promise<number> {
  return db.digestRevision.count({ where: { digest: { storyId } } });
}

/** The citation markers' numbers in the order the page shows them. */
async function markerSequence(page: Page, scope = ".digest-content"): Promise<number[]> {
  return page
    .locator(`${scope} a.marker`)
    .evaluateAll((links) => links.map((link) => Number(link.getAttribute("data-marker"))));
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium();
  db = createDatabase(databaseUrl);
});

afterAll(async () => {
  await browser?.close();
  if (db) {
    // Gone before another file's `roundup group --full` could regroup their articles.
    await db.article.deleteMany({ where: { storyId: { in: seeded } } });
    await db.story.deleteMany({ where: { id: { in: seeded } } });
    await db.$disconnect();
  }
});

describe("the publish gate", () => {
  it("flags 95,000 written into a sentence, refuses approve and publish until it is accepted with a reason, and publishes the proof", async () => {
    const storyId = await seedStory("Truce gate");
    const editor = await signIn(browser, baseUrl, "editor");
    await editor.page.goto(`/stories/${storyId}/edit`);
    await editor.page
      .getByLabel("Summary sentence 1", { exact: true })
      .fill("About 95,000 people have fled the fighting, US Secretary of State Antony Blinken said.");
    // The seeded unsupported sentence is removed; the 95,000 stays for the reviewer to decide.
    await editor.page.getByRole("button", { name: "Remove Summary sentence 4" }).click();
    await editor.page.getByRole("button", { name: "Save", exact: true }).click();
    await editor.page.waitForURL(/notice=saved/);
    const flagged = editor.page.getByTestId("summary-sentence").first();
    expect(await flagged.getByTestId("unsupported").textContent()).toContain("95,000");
    expect(await editor.page.getByTestId("blocker").count()).toBe(1);
    expect(await editor.page.getByTestId("publish-blockers").textContent()).toContain("Summary sentence 1");
    await editor.page.getByRole("button", { name: "Submit for review" }).click();
    await editor.page.waitForURL(/notice=submitted/);
    await editor.context.close();

    const reviewer = await signIn(browser, baseUrl, "reviewer");
    await reviewer.page.goto(`/stories/${storyId}`);
    const approve = reviewer.page.getByRole("button", { name: "Approve" });
    expect(await approve.isDisabled()).toBe(true);
    // The server refuses too: the form sent anyway (as a script or an old page would) is turned back.
    await approve.evaluate((button) => (button as HTMLButtonElement).form?.requestSubmit());
    await reviewer.page.waitForURL(/error=digest-blocked/);
    expect(await reviewer.page.locator("main .notice-error").first().textContent()).toContain(
      "unsupported statements remain",
    );
    expect((await storedDigest(storyId)).status).toBe("in_review");

    // Acceptance needs a reason; with one, it is kept with the statement, in the history and the audit.
    const blocker = reviewer.page.getByTestId("blocker");
    await blocker.getByLabel("Reason to publish it as it is").fill("UNHCR confirmed 95,000 by phone at 14:00");
    await blocker.getByRole("button", { name: "Accept" }).click();
    await reviewer.page.waitForURL(/notice=accepted/);
    expect(await reviewer.page.getByTestId("blocker").count()).toBe(0);
    expect(await reviewer.page.getByTestId("accepted").first().textContent()).toContain(
      `Accepted by ${devUsers.reviewer.name}: UNHCR confirmed 95,000 by phone at 14:00`,
    );
    await reviewer.page.getByRole("button", { name: "Approve" }).click();
    await reviewer.page.waitForURL(/notice=approved/);
    await reviewer.page.getByRole("button", { name: "Publish" }).click();
    await reviewer.page.waitForURL(/notice=published/);

    await reviewer.page.goto(`/stories/${storyId}/history`);
    const history = (await reviewer.page.locator("main").textContent()) ?? "";
    expect(history).toContain("Summary sentence 1 accepted: UNHCR confirmed 95,000 by phone at 14:00");
    await reviewer.page.goto("/audit");
    const audit = reviewer.page.locator('tr[data-action="digest.statement_accepted"]').first();
    expect(await audit.textContent()).toContain(
      "accepted an unsupported statement in the digest of “Desk: Truce gate”",
    );
    expect(await audit.textContent()).toContain("UNHCR confirmed 95,000 by phone at 14:00");
    await reviewer.context.close();

    // What readers get says where the 95,000 comes from.
    const visitor = await browser.newContext({ baseURL: baseUrl });
    const published = await (await visitor.request.get(`/published/${storyId}`)).text();
    expect(published).toContain("About 95,000 people have fled");
    expect(published).toContain("published on the desk&#39;s word: UNHCR confirmed 95,000 by phone at 14:00");
    await visitor.close();
  });
});

describe("published versions", () => {
  it("keeps the published version live on its page, in the feed and the exports when the digest is regenerated and edited", async () => {
    const storyId = await seedStory("Live version");
    const admin = await signIn(browser, baseUrl, "admin");
    const { page } = admin;
    await page.goto(`/stories/${storyId}`);
    await page
      .getByTestId("blocker")
      .getByLabel("Reason to publish it as it is")
      .fill("Agreed by both sides' spokespeople");
    await page.getByTestId("blocker").getByRole("button", { name: "Accept" }).click();
    await page.waitForURL(/notice=accepted/);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL(/notice=approved/);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForURL(/notice=published/);
    const publishedHeadline = (await storedDigest(storyId)).parsed?.headline ?? "";
    const liveRevision = (await storedDigest(storyId)).publishedRevision;

    // Regenerate: the request only enqueues; the page follows the job until the new draft is saved.
    await page.getByRole("button", { name: "Regenerate (offline)" }).click();
    await page.waitForURL(/job=/);
    await page.getByTestId("job-follower").waitFor();
    await page.waitForURL(/notice=regenerated/, { timeout: 60_000 });
    expect(await page.locator("#digest-title [data-status]").getAttribute("data-status")).toBe("draft");
    expect(await page.getByTestId("live-link").textContent()).toBe(`Live: revision ${liveRevision}`);
    expect(await page.getByTestId("live-notice").textContent()).toContain(`Readers see revision ${liveRevision}`);
    const regenerated = await storedDigest(storyId);
    expect(regenerated.status).toBe("draft");
    expect(regenerated.parsed?.headline).not.toBe(publishedHeadline);

    const visitor = await browser.newContext({ baseURL: baseUrl });
    const live = await visitor.request.get(`/published/${storyId}`);
    expect(live.status()).toBe(200);
    expect(await live.text()).toContain("Both sides agreed to a permanent ceasefire on Wednesday.");
    const feed = await (await visitor.request.get("/feed.xml")).text();
    expect(feed).toContain(`/published/${storyId}`);
    expect(feed).not.toContain("1970-01-01");
    await visitor.close();
    const markdown = await (await admin.context.request.get(`/api/stories/${storyId}/export?format=markdown`)).text();
    expect(markdown).toContain("Both sides agreed to a permanent ceasefire on Wednesday.");

    // An edit is a new draft too; the history marks the live revision.
    await page.goto(`/stories/${storyId}/history`);
    expect(await page.locator(`tr[data-revision="${liveRevision}"]`).getAttribute("data-live")).toBe("true");
    expect(await page.getByTestId("live-revision").textContent()).toContain(`Revision ${liveRevision} is live`);
    await admin.context.close();
  });
});

describe("the proof travels", () => {
  it("gives the public page, the exports and the feed every citation as a numbered footnote with outlet, title, date, link and passage", async () => {
    const storyId = await seedStory("Proof");
    const admin = await signIn(browser, baseUrl, "admin");
    await admin.page.goto(`/stories/${storyId}`);
    await admin.page.getByTestId("blocker").getByLabel("Reason to publish it as it is").fill("Confirmed on the record");
    await admin.page.getByTestId("blocker").getByRole("button", { name: "Accept" }).click();
    await admin.page.waitForURL(/notice=accepted/);
    await admin.page.getByRole("button", { name: "Approve" }).click();
    await admin.page.waitForURL(/notice=approved/);
    await admin.page.getByRole("button", { name: "Publish" }).click();
    await admin.page.waitForURL(/notice=published/);
    const pageMarkers = await markerSequence(admin.page);

    const phone = await browser.newContext({ baseURL: baseUrl, viewport: { width: 390, height: 844 } });
    const reader = await phone.newPage();
    const failed: string[] = [];
    reader.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await reader.goto(`/published/${storyId}`);
    const body = (await reader.locator("body").textContent()) ?? "";
    expect(body).not.toMatch(/version \d+/);
    expect(body).toContain("Published ");
    const footnotes = reader.locator(".footnotes li");
    expect(await footnotes.count()).toBeGreaterThan(3);
    const first = (await footnotes.first().textContent()) ?? "";
    expect(first).toContain("Gulf Wire");
    expect(first).toContain("Blinken says ‘a lot of work’ remains on Israel-Hamas truce talks");
    expect(first).toContain("7 February 2024");
    expect(first).toContain("US Secretary of State Antony Blinken has said");
    expect(await footnotes.first().getByRole("link").getAttribute("href")).toMatch(/^https:\/\/gulfwire\.example\//);
    // The markers are the story page's, in the same order, and each leads to its footnote.
    const publicMarkers = await reader
      .locator("article sup.fn a")
      .evaluateAll((links) => links.map((link) => Number(link.textContent?.replace(/\D/g, ""))));
    expect(publicMarkers).toEqual(pageMarkers);
    await reader.locator("article sup.fn a").first().click();
    expect(await reader.locator(":target").getAttribute("id")).toBe("fn-1");
    expect(await reader.getByText("Where sources disagree").count()).toBe(1);
    // Styled and readable on a phone: no sideways scrolling, text at a readable size.
    expect(await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
      1,
    );
    expect(
      await reader.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize)),
    ).toBeGreaterThanOrEqual(16);
    expect(failed).toEqual([]);
    await reader.screenshot({ path: path.join(screenshots, "public-page-phone.png"), fullPage: false });
    await phone.close();

    const wide = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 900 } });
    const wideReader = await wide.newPage();
    await wideReader.goto(`/published/${storyId}`);
    await wideReader.screenshot({ path: path.join(screenshots, "public-page.png") });
    await wide.close();

    const exportOf = async (format: string) =>
      (await admin.context.request.get(`/api/stories/${storyId}/export?format=${format}`)).text();
    const markdown = await exportOf("markdown");
    expect(markdown).toMatch(/\[\^1\]: Gulf Wire, “Blinken says ‘a lot of work’ remains/);
    expect(markdown).toContain("7 February 2024, <https://gulfwire.example/");
    expect(markdown).toContain("Cited passage: “US Secretary of State Antony Blinken has said");
    expect(markdown).not.toMatch(/\[a-[0-9a-f]+:\d+-\d+\]/);
    const json = JSON.parse(await exportOf("json"));
    expect(json.footnotes[0]).toMatchObject({ number: 1, outlet: "Gulf Wire", url: expect.stringMatching(/^https:/) });
    expect(json.footnotes.every((footnote: { passage: string | null }) => footnote.passage)).toBe(true);
    expect(await exportOf("html")).toContain('<section class="footnotes">');
    const feed = await (await admin.context.request.get("/feed.xml")).text();
    const entry = feed.split("<entry>").find((part) => part.includes(`/published/${storyId}"`)) ?? "";
    expect(entry).toContain("Sources and cited passages");
    expect(entry).toContain("Where sources disagree");
    await admin.context.close();
  });
});

describe("the workbench", () => {
  it("shows the digest first at 1366×900, with its actions in a toolbar and the sources beside it, and no request fails", async () => {
    const storyId = await seedStory("Blinken presses Israel–Hamas truce talks");
    const { context, page } = await signIn(browser, baseUrl, "admin", { width: 1366, height: 900 });
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`/stories/${storyId}`);
    const box = async (locator: ReturnType<Page["locator"]>) =>
      (await locator.boundingBox()) ?? { x: 0, y: 9999, width: 0, height: 0 };
    const toolbar = await box(page.getByTestId("digest-toolbar"));
    const headline = await box(page.getByTestId("digest-headline"));
    const lastSentence = await box(page.getByTestId("summary-sentence").last());
    const sources = await box(page.locator("#articles-title"));
    expect(toolbar.y).toBeLessThan(headline.y);
    expect(headline.y).toBeLessThan(300);
    expect(lastSentence.y + lastSentence.height).toBeLessThanOrEqual(900);
    // The sources stand beside the digest, not below it.
    expect(sources.x).toBeGreaterThan(headline.x + 300);
    expect(sources.y).toBeLessThan(300);
    expect(failed).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, "story-page.png") });
    await context.close();
  });

  it("numbers citations once, rising in reading order, the same in the edit form as on the page", async () => {
    const storyId = await seedStory("Numbering");
    const { context, page } = await signIn(browser, baseUrl, "editor");
    await page.goto(`/stories/${storyId}`);
    const markers = await markerSequence(page);
    const distinct = [...new Set(markers)];
    // First appearances run 1, 2, 3… with no gap.
    expect(distinct).toEqual(distinct.map((_, index) => index + 1));
    const sentenceMarkers = await page
      .getByTestId("summary-sentence")
      .evaluateAll((sentences) =>
        sentences.map((sentence) =>
          [...sentence.querySelectorAll("a.marker")].map((link) => Number(link.getAttribute("data-marker"))),
        ),
      );
    await page.goto(`/stories/${storyId}/edit`);
    for (const [index, expected] of sentenceMarkers.entries()) {
      const chips = page.getByRole("list", { name: `Passages cited by Summary sentence ${index + 1}`, exact: true });
      const numbers = await chips
        .locator("[data-marker]")
        .evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-marker"))));
      expect(numbers).toEqual(expected);
    }
    // Adding a citation numbers it live, in the same scheme, and the sources beside show it.
    const before = Math.max(...markers);
    await page.getByLabel("Cite a passage in Headline").selectOption({ index: 1 });
    const headlineChip = page.getByRole("list", { name: "Passages cited by Headline" }).locator("[data-marker]");
    expect(await headlineChip.getAttribute("data-marker")).toBe("1");
    expect(await page.locator(".sources-column mark.cited").count()).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(1);
    await context.close();
  });

  it("edits every part of a digest, as a reviewer too: headline citations, added, moved and removed sentences, key points, timeline, quotes and disagreements", async () => {
    const storyId = await seedStory("Every part");
    const { context, page } = await signIn(browser, baseUrl, "reviewer");
    await page.goto(`/stories/${storyId}/edit`);
    await page.getByLabel("Cite a passage in Headline").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add summary sentence" }).click();
    await page.getByLabel("Summary sentence 5", { exact: true }).fill("Hamas laid out a detailed three-phase plan.");
    const picker = page.getByLabel("Cite a passage in Summary sentence 5");
    await picker.selectOption(
      (await picker.locator("option", { hasText: "Gulf Wire ¶4:" }).getAttribute("value")) ?? "",
    );
    await page.getByRole("button", { name: "Move Summary sentence 5 up" }).click();
    await page.getByRole("button", { name: "Remove Summary sentence 5" }).click();
    await page
      .getByLabel("Key point 1", { exact: true })
      .fill("The Hamas plan would unfold over four and a half months.");
    await page.getByLabel("Date of timeline entry 1").fill("2024-02-06");
    await page.getByLabel("Timeline entry 2", { exact: true }).fill("Talks resume in Qatar.");
    await page.getByLabel("Speaker of quote 1").fill("US Secretary of State Antony Blinken");
    await page.getByLabel("Disagreement 1: topic").fill("how long the truce would last");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(/notice=saved/);
    const stored = (await storedDigest(storyId)).parsed;
    expect(stored?.headlineCitations?.length).toBe(1);
    // Added as 5th, moved up to 4th, so the 5th removed is the seeded unsupported sentence.
    expect(stored?.summary.map((sentence) => sentence.text)).toEqual([
      expect.stringContaining("US Secretary of State"),
      expect.stringContaining("The top United States diplomat"),
      expect.stringContaining("DOHA"),
      "Hamas laid out a detailed three-phase plan.",
    ]);
    expect(stored?.summary[3]?.verification?.status).toBe("verified");
    expect(stored?.keyPoints[0]?.text).toBe("The Hamas plan would unfold over four and a half months.");
    expect(stored?.timeline.map((entry) => [entry.date, entry.text])).toEqual([
      ["2024-02-06", "Blinken meets Netanyahu and Herzog in Jerusalem."],
      ["2024-02-08", "Talks resume in Qatar."],
    ]);
    expect(stored?.quotes[0]?.speaker).toBe("US Secretary of State Antony Blinken");
    expect(stored?.disagreements[0]?.topic).toBe("how long the truce would last");
    const page2 = (await page.locator(".digest-content").textContent()) ?? "";
    expect(page2).toContain("Hamas laid out a detailed three-phase plan.");
    expect(page2).toContain("how long the truce would last");
    await context.close();
  });

  it("keeps typed text on a validation error, a 1.5 MB paste and a server refusal, and says what to fix", async () => {
    const storyId = await seedStory("Kept text");
    const revisions = await revisionCount(storyId);
    const { context, page } = await signIn(browser, baseUrl, "editor");
    await page.goto(`/stories/${storyId}/edit`);
    await page.getByLabel("Key point 1", { exact: true }).fill("A key point typed before the paste.");
    const paste = "x".repeat(1_500_000);
    await page.getByLabel("Summary sentence 2", { exact: true }).evaluate((field, value) => {
      const textarea = field as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(textarea, value);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }, paste);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const error = page.getByTestId("save-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("Summary sentence 2 is over 2,000 characters");
    expect((await page.getByLabel("Summary sentence 2", { exact: true }).inputValue()).length).toBe(1_500_000);
    expect(await page.getByLabel("Key point 1", { exact: true }).inputValue()).toBe(
      "A key point typed before the paste.",
    );

    // The server's own checks (an empty headline) answer in words, and the form stays as typed.
    await page.getByLabel("Summary sentence 2", { exact: true }).fill("A shorter sentence two.");
    await page.getByLabel("Headline", { exact: true }).fill("   ");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => error.textContent()).toContain("Headline: is empty (write a headline)");
    expect(await page.getByLabel("Summary sentence 2", { exact: true }).inputValue()).toBe("A shorter sentence two.");
    expect(await page.getByLabel("Key point 1", { exact: true }).inputValue()).toBe(
      "A key point typed before the paste.",
    );
    expect(await revisionCount(storyId)).toBe(revisions);

    // A page closed before saving offers its text back.
    await page.reload();
    await page.getByRole("button", { name: "Restore it" }).click();
    expect(await page.getByLabel("Key point 1", { exact: true }).inputValue()).toBe(
      "A key point typed before the paste.",
    );
    await context.close();
  });

  it("merges two editors' saves by statement: a deletion and an edit of another sentence both stand; a clash keeps both texts", async () => {
    const storyId = await seedStory("Merge");
    const { context, page: first } = await signIn(browser, baseUrl, "editor");
    const second = await context.newPage();
    await first.goto(`/stories/${storyId}/edit`);
    await second.goto(`/stories/${storyId}/edit`);
    const before = (await storedDigest(storyId)).parsed?.summary.map((sentence) => sentence.text) ?? [];

    await first.getByRole("button", { name: "Remove Summary sentence 2" }).click();
    await first.getByRole("button", { name: "Save", exact: true }).click();
    await first.waitForURL(/notice=saved/);
    await second
      .getByLabel("Summary sentence 3", { exact: true })
      .fill("Talks moved to Doha, the second editor wrote.");
    await second.getByRole("button", { name: "Save", exact: true }).click();
    await second.waitForURL(/notice=edit_merged/);
    expect((await storedDigest(storyId)).parsed?.summary.map((sentence) => sentence.text)).toEqual([
      before[0],
      "Talks moved to Doha, the second editor wrote.",
      before[3],
    ]);

    // Both change the same sentence: the second sees the first's text beside their own, kept in the field.
    await first.goto(`/stories/${storyId}/edit`);
    await second.goto(`/stories/${storyId}/edit`);
    await first.getByLabel("Summary sentence 1", { exact: true }).fill("First editor's sentence one.");
    await first.getByRole("button", { name: "Save", exact: true }).click();
    await first.waitForURL(/notice=saved/);
    await second.getByLabel("Summary sentence 1", { exact: true }).fill("Second editor's sentence one.");
    await second.getByLabel("Key point 1", { exact: true }).fill("Second editor's key point.");
    await second.getByRole("button", { name: "Save", exact: true }).click();
    await second.getByTestId("conflict").waitFor();
    expect(await second.getByTestId("conflict-note").textContent()).toContain("First editor's sentence one.");
    expect(await second.getByLabel("Summary sentence 1", { exact: true }).inputValue()).toBe(
      "Second editor's sentence one.",
    );
    expect(await second.getByLabel("Key point 1", { exact: true }).inputValue()).toBe("Second editor's key point.");
    await second.getByRole("button", { name: "Save the merged version" }).click();
    await second.waitForURL(/notice=saved/);
    const merged = (await storedDigest(storyId)).parsed;
    expect(merged?.summary[0]?.text).toBe("Second editor's sentence one.");
    expect(merged?.keyPoints[0]?.text).toBe("Second editor's key point.");
    // The first editor's text is in a revision.
    const revisions = await db.digestRevision.findMany({ where: { digest: { storyId } }, select: { content: true } });
    expect(revisions.some((revision) => revision.content.includes("First editor's sentence one."))).toBe(true);
    await context.close();
  });

  it("writes no revision for a save that changes nothing", async () => {
    const storyId = await seedStory("Unchanged");
    const revisions = await revisionCount(storyId);
    const { context, page } = await signIn(browser, baseUrl, "editor");
    await page.goto(`/stories/${storyId}/edit`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => page.getByTestId("save-error").textContent()).toContain("Nothing changed");
    expect(await revisionCount(storyId)).toBe(revisions);
    expect((await storedDigest(storyId)).version).toBe(1);
    await context.close();
  });

  it("names the story and the person on the audit and jobs pages, with dates written out", async () => {
    const storyId = await seedStory("Named");
    const { context, page } = await signIn(browser, baseUrl, "editor");
    await page.goto(`/stories/${storyId}`);
    await page.getByRole("button", { name: "Regenerate (offline)" }).click();
    await page.waitForURL(/notice=regenerated/, { timeout: 60_000 });
    await page.goto("/jobs");
    const row = page.locator("tr", { hasText: "Desk: Named" }).first();
    expect(await row.textContent()).toContain("Digest of Desk: Named");
    expect(await row.textContent()).toContain(`asked by ${devUsers.editor.name}`);
    expect(await row.textContent()).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
    await page.goto("/audit");
    const event = page.locator('tr[data-action="digest.generated"]', { hasText: "Desk: Named" }).first();
    expect(await event.textContent()).toContain(devUsers.editor.name);
    expect(await event.textContent()).toContain("generated a new draft of the digest of “Desk: Named”");
    expect(await page.locator("main").textContent()).not.toMatch(/[{}]/);
    await context.close();
  });
});
