import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, parseDigestContent } from "@roundup/db";
import { createJobQueue, enqueueIngest } from "@roundup/jobs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devUsers } from "../scripts/dev-seed";
import { launchChromium, signIn } from "./browser-session";

const baseUrl = inject("baseUrl");
const storyId = inject("storyId");
const markupStoryId = inject("markupStoryId");
const databaseUrl = inject("databaseUrl");
const e2eDirectory = path.dirname(fileURLToPath(import.meta.url));
const roundupBin = path.resolve(e2eDirectory, "../../cli/bin/roundup.js");

/** Runs the real CLI against the test database, as an operator would. */
function roundup(...args: string[]): string {
  const result = spawnSync(process.execPath, [roundupBin, ...args], {
    cwd: path.resolve(e2eDirectory, "../../.."),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`roundup ${args.join(" ")} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test-output/screenshots");

let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A reviewer accepts each unsupported statement in turn, waiting for the page to drop it. */
async function acceptEveryBlocker(page: Page, reason: string): Promise<void> {
  for (let left = await page.getByTestId("blocker").count(); left > 0; left -= 1) {
    const blocker = page.getByTestId("blocker").first();
    await blocker.getByLabel("Reason to publish it as it is").fill(reason);
    await blocker.getByRole("button", { name: "Accept" }).click();
    await expect.poll(() => page.getByTestId("blocker").count()).toBe(left - 1);
  }
}

function newSession(
  role: keyof typeof devUsers,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  return signIn(browser, baseUrl, role, viewport);
}

describe("editorial workbench", () => {
  it("sends a visitor without a session to the sign-in page", async () => {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto(`/stories/${storyId}`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByLabel("Email").fill(devUsers.editor.email);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.locator("main .notice-error").textContent()).toContain("do not match");
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === "roundup_session")).toBeUndefined();
    await context.close();
  });

  it("signs in, follows a citation, edits, submits, approves and keeps it all after a reload", async () => {
    const editor = await newSession("editor");
    const { page } = editor;
    const cookie = (await editor.context.cookies()).find((item) => item.name === "roundup_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 7 * 3600);

    // Inbox
    const row = page.locator(`tr[data-story-id="${storyId}"]`);
    await expect.poll(() => row.textContent()).toContain("Blinken presses");
    expect(await row.locator("[data-status]").getAttribute("data-status")).toBe("draft");
    // Under the story's label, what its digest says now: the stored digest's headline.
    const db = createDatabase(databaseUrl);
    const stored = await db.digest.findUnique({ where: { storyId } });
    await db.$disconnect();
    const headline = parseDigestContent(stored?.content ?? "")?.headline;
    expect(headline).toBeTruthy();
    expect(await row.getByTestId("inbox-headline").textContent()).toBe(headline);
    await page.screenshot({ path: path.join(screenshots, "inbox.png"), fullPage: true });

    // Story page: follow the first citation marker to its passage
    await row.getByRole("link").click();
    await page.waitForURL(`${baseUrl}/stories/${storyId}`);
    expect(await page.getByTestId("duplicate-mark").count()).toBe(1);
    expect(await page.getByTestId("unsupported").first().textContent()).toContain("No cited passage");
    const marker = page.getByTestId("summary-sentence").first().locator("a.marker").first();
    const href = await marker.getAttribute("href");
    expect(href).toMatch(/^#passage-/);
    await marker.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(href);
    const target = page.locator(":target");
    expect(await target.getAttribute("id")).toBe(href?.slice(1));
    const sentenceText = (await page.getByTestId("summary-sentence").first().textContent()) ?? "";
    const cited = await target
      .locator("mark.cited")
      .first()
      .evaluate((element) => element.firstChild?.textContent ?? "");
    expect(cited.length).toBeGreaterThan(20);
    expect(sentenceText).toContain(cited.trim());
    const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: path.join(screenshots, "story.png") });

    // Edit the first summary sentence and save
    await page.getByRole("link", { name: "Edit digest" }).click();
    await page.waitForURL(`${baseUrl}/stories/${storyId}/edit`);
    const edited = "Blinken said a lot of work remained on a truce deal, an editor noted.";
    await page.getByLabel("Summary sentence 1", { exact: true }).fill(edited);
    await page.getByLabel("Headline", { exact: true }).fill("Edited headline: truce talks continue");
    // An edited headline is checked like any statement, so it cites the passage it rests on.
    await page.getByLabel("Cite a passage in Headline").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(/notice=saved/);
    expect(await page.getByTestId("summary-sentence").first().textContent()).toContain(edited);
    // The edited sentence keeps its citation.
    expect(await page.getByTestId("summary-sentence").first().locator("a.marker").count()).toBe(1);

    // An editor may submit but not approve.
    expect(await page.getByRole("button", { name: "Approve" }).count()).toBe(0);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.waitForURL(/notice=submitted/);
    await editor.context.close();

    // A reviewer approves, once the statement no passage supports is accepted with a reason.
    const reviewer = await newSession("reviewer");
    await reviewer.page.goto(`/stories/${storyId}`);
    expect(await reviewer.page.getByRole("button", { name: "Approve" }).isDisabled()).toBe(true);
    await acceptEveryBlocker(reviewer.page, "Confirmed with both delegations by phone");
    await reviewer.page.getByRole("button", { name: "Approve" }).click();
    await reviewer.page.waitForURL(/notice=approved/);
    await reviewer.page.reload();
    expect(await reviewer.page.getByTestId("digest-headline").textContent()).toBe(
      "Edited headline: truce talks continue",
    );
    expect(await reviewer.page.getByTestId("summary-sentence").first().textContent()).toContain(edited);
    expect(await reviewer.page.locator("#digest-title [data-status]").getAttribute("data-status")).toBe("approved");
    await reviewer.page.screenshot({ path: path.join(screenshots, "review.png") });

    // History keeps every change with its author.
    await reviewer.page.goto(`/stories/${storyId}/history`);
    const history = (await reviewer.page.locator("main").textContent()) ?? "";
    expect(history).toContain("approved");
    expect(history).toContain("edited");
    expect(history).toContain(devUsers.editor.name);
    await reviewer.context.close();
  });

  it("refuses a reviewer-only action from an editor, even when the form is submitted", async () => {
    const reviewer = await newSession("reviewer");
    const editor = await newSession("editor");
    const editorCookie = (await editor.context.cookies()).find((item) => item.name === "roundup_session");
    await editor.context.close();
    await reviewer.page.goto(`/stories/${storyId}`);
    await reviewer.page.getByText("Reject…").click();
    const rejectButton = reviewer.page.getByRole("button", { name: "Reject", exact: true });
    expect(await rejectButton.count()).toBe(1);
    // Swap the reviewer's session for the editor's and send the reviewer's form.
    if (!editorCookie) throw new Error("no editor session cookie");
    await reviewer.context.addCookies([editorCookie]);
    await reviewer.page.getByLabel("Reason for rejecting").fill("Trying without the role");
    await rejectButton.click();
    await reviewer.page.waitForURL(/error=/);
    expect(await reviewer.page.locator("main .notice-error").textContent()).toContain("may not");
    expect(await reviewer.page.locator("#digest-title [data-status]").getAttribute("data-status")).toBe("approved");
    await reviewer.context.close();
  });

  it("publishes, then exports the digest and lists it in the Atom feed", async () => {
    const reviewer = await newSession("reviewer");
    await reviewer.page.goto(`/stories/${storyId}`);
    await reviewer.page.getByRole("button", { name: "Publish" }).click();
    await reviewer.page.waitForURL(/notice=published/);

    const markdown = await reviewer.context.request.get(`/api/stories/${storyId}/export?format=markdown`);
    expect(markdown.status()).toBe(200);
    expect(markdown.headers()["content-type"]).toContain("text/markdown");
    expect(await markdown.text()).toContain("# Edited headline: truce talks continue[^1]");
    const json = await reviewer.context.request.get(`/api/stories/${storyId}/export?format=json`);
    expect((await json.json()).digest.headline).toBe("Edited headline: truce talks continue");
    const html = await reviewer.context.request.get(`/api/stories/${storyId}/export?format=html`);
    expect(await html.text()).toContain("<h1>Edited headline: truce talks continue<sup");
    // Drafts are not exportable, and exports need a session.
    expect((await reviewer.context.request.get(`/api/stories/${markupStoryId}/export?format=markdown`)).status()).toBe(
      404,
    );
    const anonymous = await browser.newContext({ baseURL: baseUrl });
    expect((await anonymous.request.get(`/api/stories/${storyId}/export?format=markdown`)).status()).toBe(401);

    const feed = await anonymous.request.get("/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const feedText = await feed.text();
    expect(feedText).toMatch(/<title[^>]*>\s*(<!\[CDATA\[)?Edited headline: truce talks continue/);
    expect(feedText).not.toContain("Markup");
    const published = await anonymous.request.get(`/published/${storyId}`);
    expect(await published.text()).toContain("Edited headline: truce talks continue");
    await anonymous.close();
    await reviewer.context.close();
  });

  it("refuses a stale save and shows both versions, losing neither edit", async () => {
    const { context, page: first } = await newSession("editor");
    const second = await context.newPage();
    await first.goto(`/stories/${storyId}/edit`);
    await second.goto(`/stories/${storyId}/edit`);

    await first.getByLabel("Summary sentence 2", { exact: true }).fill("First editor's wording of sentence two.");
    await first.getByRole("button", { name: "Save", exact: true }).click();
    await first.waitForURL(/notice=saved/);

    await second.getByLabel("Summary sentence 2", { exact: true }).fill("Second editor's wording of sentence two.");
    await second.getByRole("button", { name: "Save", exact: true }).click();
    await second.getByTestId("conflict").waitFor();
    const conflictText = (await second.getByTestId("conflict-note").textContent()) ?? "";
    expect(conflictText).toContain("First editor's wording of sentence two.");
    await second.screenshot({ path: path.join(screenshots, "conflict.png"), fullPage: true });
    // The refused text is still in the form; saving it again is now a deliberate choice.
    expect(await second.getByLabel("Summary sentence 2", { exact: true }).inputValue()).toBe(
      "Second editor's wording of sentence two.",
    );
    await second.getByRole("button", { name: "Save the merged version" }).click();
    await second.waitForURL(/notice=saved/);
    expect(await second.getByTestId("summary-sentence").nth(1).textContent()).toContain("Second editor's wording");

    // Both edits are in the history.
    await second.goto(`/stories/${storyId}/history`);
    await second.getByLabel("From revision").selectOption({ index: 1 });
    await second.getByLabel("To revision").selectOption({ index: 0 });
    await second.getByRole("button", { name: "Compare" }).click();
    const diff = (await second.getByTestId("diff").textContent()) ?? "";
    expect(diff).toContain("First editor's wording");
    expect(diff).toContain("Second editor's wording");
    await second.screenshot({ path: path.join(screenshots, "history.png"), fullPage: true });
    await context.close();
  });

  it("works at phone width with the keyboard", async () => {
    const { context, page } = await newSession("admin", { width: 390, height: 844 });
    await page.goto(`/stories/${storyId}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.screenshot({ path: path.join(screenshots, "story-phone.png") });
    await context.close();
  });

  it("shows the digests `roundup setup` wrote from the sample seeds, every marker pointing at a passage", async () => {
    const { context, page } = await newSession("admin");
    await page.goto("/?sort=label_asc");
    const fixtureIds = new Set([storyId, markupStoryId]);
    const rows = await page.locator("tr[data-story-id]").evaluateAll((elements) =>
      // Stories other test files seed for themselves are labelled "Desk:".
      elements.flatMap((element) =>
        element.textContent?.includes("Desk:") ? [] : [element.getAttribute("data-story-id") ?? ""],
      ),
    );
    const realStories = rows.filter((id) => !fixtureIds.has(id));
    expect(realStories.length).toBeGreaterThan(0);
    await page.goto(`/stories/${realStories[0]}`);
    const hrefs = await page
      .locator("a.marker")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
    }
    expect(await page.locator("mark.cited").count()).toBeGreaterThan(0);
    // The offline engine cites its headline in code: markers beside it, and no flag (it verified).
    const headlineRow = page.locator(".headline-row");
    expect(await headlineRow.locator("a.marker").count()).toBeGreaterThan(0);
    expect(await headlineRow.getByTestId("unsupported").count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, "story-from-setup.png"), fullPage: false });

    // Regenerating keeps the previous text as a revision.
    await page.getByRole("button", { name: "Regenerate (offline)" }).click();
    await page.waitForURL(/notice=regenerated/);
    await page.goto(`/stories/${realStories[0]}/history`);
    expect(await page.locator("tr[data-revision]").count()).toBe(2);
    expect(await page.locator('tr[data-revision="2"]').textContent()).toContain(devUsers.admin.name);
    await context.close();
  });

  it("signs in through the form, edits and approves the seeds' digest, and sees both after a reload", async () => {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto("/");
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel("Email").fill(devUsers.admin.email);
    await page.getByLabel("Password").fill(devUsers.admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/`);

    // The story `roundup setup` made of the five seeds (the fixtures are the other rows).
    const rows = await page.locator("tr[data-story-id]").evaluateAll((elements) =>
      // Stories other test files seed for themselves are labelled "Desk:".
      elements.flatMap((element) =>
        element.textContent?.includes("Desk:") ? [] : [element.getAttribute("data-story-id") ?? ""],
      ),
    );
    const seedsStory = rows.find((id) => id !== storyId && id !== markupStoryId);
    expect(seedsStory).toBeTruthy();
    await page.locator(`tr[data-story-id="${seedsStory}"]`).getByRole("link").click();
    await page.waitForURL(`${baseUrl}/stories/${seedsStory}`);
    expect(await page.locator("article[data-article-id]").count()).toBeGreaterThanOrEqual(5);

    // Passages are numbered P1… in the order the story page shows them.
    const passageIds = await page
      .locator('[id^="passage-"]')
      .evaluateAll((elements) => elements.map((element) => element.id));
    expect(passageIds.length).toBeGreaterThan(5);

    await page.getByRole("link", { name: "Edit digest" }).click();
    await page.waitForURL(`${baseUrl}/stories/${seedsStory}/edit`);
    const edited =
      "Blinken said much work remained on a truce, as Hamas answered the proposal (edited in the workbench).";
    await page.getByLabel("Summary sentence 1", { exact: true }).fill(edited);
    // Re-point sentence 2 at the story's last passage instead of the one it cited.
    const chips = page.getByRole("list", { name: "Passages cited by Summary sentence 2" });
    while ((await chips.getByRole("button").count()) > 0) await chips.getByRole("button").first().click();
    expect(await chips.getByRole("button").count()).toBe(0);
    const picker = page.getByLabel("Cite a passage in Summary sentence 2");
    const lastPassage = await picker.locator("option").last().getAttribute("value");
    await picker.selectOption(lastPassage ?? "");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(/notice=saved/);
    const secondMarkers = await page
      .getByTestId("summary-sentence")
      .nth(1)
      .locator("a.marker")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(secondMarkers).toEqual([`#${passageIds.at(-1)}`]);
    // The re-pointed sentence is checked against its new passage; whatever that passage does not
    // support blocks approval until it is fixed or accepted.
    await acceptEveryBlocker(page, "Checked against the original report");
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL(/notice=approved/);

    await page.reload();
    expect(await page.getByTestId("summary-sentence").first().textContent()).toContain(edited);
    expect(await page.locator("#digest-title [data-status]").getAttribute("data-status")).toBe("approved");
    // What the page shows is what is stored.
    const db = createDatabase(databaseUrl);
    const stored = await db.digest.findUnique({ where: { storyId: seedsStory ?? "" } });
    await db.$disconnect();
    expect(stored?.status).toBe("approved");
    expect(parseDigestContent(stored?.content ?? "")?.summary[0]?.text).toBe(edited);
    await context.close();
  });

  it("filters the inbox, and a reviewer's rejection reaches the editor with its reason", async () => {
    const reviewer = await newSession("reviewer");
    await reviewer.page.getByLabel("Search").fill("markup");
    await reviewer.page.getByRole("button", { name: "Apply" }).click();
    await reviewer.page.waitForURL(/q=markup/);
    expect(await reviewer.page.locator("tr[data-story-id]").count()).toBe(1);
    await reviewer.page.getByRole("link", { name: /Markup/ }).click();
    await reviewer.page.getByText("Reject…").click();
    await reviewer.page.getByLabel("Reason for rejecting").fill("Cite a second outlet");
    await reviewer.page.getByRole("button", { name: "Reject", exact: true }).click();
    await reviewer.page.waitForURL(/notice=rejected/);
    await reviewer.context.close();

    const editor = await newSession("editor");
    await editor.page.goto("/?status=rejected");
    expect(await editor.page.locator("tr[data-story-id]").count()).toBe(1);
    await editor.page.goto(`/stories/${markupStoryId}`);
    expect(await editor.page.getByTestId("rejection-comment").textContent()).toContain("Cite a second outlet");
    await editor.context.close();
  });

  it("keeps an audit trail and lets only admins manage users", async () => {
    const admin = await newSession("admin");
    await admin.page.goto("/audit");
    const audit = (await admin.page.locator("main").textContent()) ?? "";
    expect(audit).toContain("approved the digest of “Blinken presses Israel–Hamas truce talks”");
    expect(audit).toContain("edited the digest of “Blinken presses Israel–Hamas truce talks”");
    expect(audit).toContain(devUsers.reviewer.name);
    expect(audit).not.toContain("{");
    await admin.page.goto("/users");
    await admin.page.getByLabel(`Role of ${devUsers.reviewer.email}`).selectOption("editor");
    await admin.page.getByLabel(`Role of ${devUsers.reviewer.email}`).locator("xpath=..").getByRole("button").click();
    await admin.page.waitForURL(/notice=role/);
    await admin.context.close();

    // The demoted reviewer's existing session now has editor rights only.
    const demoted = await newSession("reviewer");
    await demoted.page.goto(`/stories/${markupStoryId}`);
    expect(await demoted.page.getByRole("button", { name: "Approve" }).count()).toBe(0);
    await demoted.page.goto("/users");
    expect(await demoted.page.locator("main").textContent()).toContain("Only admins manage users");
    await demoted.context.close();
  });

  it("renders markup in articles and model output as text", async () => {
    const { context, page } = await newSession("admin");
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`/stories/${markupStoryId}`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("<script>window.__roundupInjected = 1</script>");
    expect(text).toContain('onerror="window.__roundupInjected = 2"');
    expect(text).toContain('<img src=x onerror="window.__roundupInjected = 3"> markup');
    expect(await page.locator("main img, main script, main b").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __roundupInjected?: number }).__roundupInjected)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

// These run last: they regroup every stored article, which may renumber the fixture stories above.
describe("story workbench: generate and grouping", () => {
  it("shows inbox flags, the timeline and disagreements, and explains an empty coverage chart", async () => {
    const { context, page } = await newSession("editor");
    const row = page.locator(`tr[data-story-id="${storyId}"]`);
    expect(await row.getByTestId("flag-unsupported").textContent()).toMatch(/\d+ unsupported sentences?/);
    // The stories `roundup setup` made from the seeds have no publication dates: nothing to chart, and why.
    const rows = await page.locator("tr[data-story-id]").evaluateAll((elements) =>
      // Stories other test files seed for themselves are labelled "Desk:".
      elements.flatMap((element) =>
        element.textContent?.includes("Desk:") ? [] : [element.getAttribute("data-story-id") ?? ""],
      ),
    );
    const setupStory = rows.find((id) => id !== storyId && id !== markupStoryId);
    await page.goto(`/stories/${setupStory}`);
    expect(await page.getByTestId("coverage-chart-empty").textContent()).toContain("has a publication date");
    expect(
      (await page.getByTestId("digest-timeline").count()) + (await page.getByTestId("digest-timeline-empty").count()),
    ).toBe(1);
    // The fixture story has dates: its chart is drawn.
    await page.goto(`/stories/${storyId}`);
    expect(await page.getByTestId("coverage-chart").locator("rect").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("generates through the job queue, showing the job's progress until the new digest, and reuses an unchanged one unless forced", async () => {
    const { context, page } = await newSession("editor");
    await page.goto("/?sort=label_asc");
    const rows = await page.locator("tr[data-story-id]").evaluateAll((elements) =>
      // Stories other test files seed for themselves are labelled "Desk:".
      elements.flatMap((element) =>
        element.textContent?.includes("Desk:") ? [] : [element.getAttribute("data-story-id") ?? ""],
      ),
    );
    const target = rows.find((id) => id !== storyId && id !== markupStoryId) as string;
    await page.goto(`/stories/${target}`);
    const panel = page.getByTestId("generate-panel");
    const versionBefore = (await page.locator("#digest-title").textContent()) ?? "";

    await panel.getByLabel("Engine").selectOption("offline");
    await panel.getByRole("button", { name: "Generate" }).click();
    await panel.locator('[data-step="reused"]').waitFor();
    await expect.poll(() => panel.getAttribute("data-phase")).toBe("idle");

    await panel.getByLabel(/Force/).check();
    await panel.getByRole("button", { name: "Generate" }).click();
    await panel.locator('[data-step="saved"]').waitFor();
    const steps = await panel
      .locator("[data-step]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-step")));
    // The job is shown from the moment it is enqueued (queued, or already taken by the web server's
    // worker) until it is saved; how many of the worker's steps a poll catches varies.
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.at(-1)).toBe("saved");
    expect(steps.slice(0, -1).every((step) => step === "queued" || step === "running")).toBe(true);
    const running = await panel.locator('[data-step="running"]').allTextContents();
    for (const text of running) expect(text).toMatch(/^(Starting|Planning|Drafting|Checking)/);
    expect(await panel.locator('[data-step="saved"]').textContent()).toMatch(/^Saved version \d+: \d+ sentences/);
    // The page refreshes to the new revision.
    await expect.poll(() => page.locator("#digest-title").textContent()).not.toBe(versionBefore);
    // The run is in the audit trail under the editor's name.
    await page.goto("/audit");
    const audit = (await page.locator("main").textContent()) ?? "";
    expect(audit).toContain("generated a new draft of the digest of");
    expect(audit).toContain(devUsers.editor.name);
    await context.close();
  });

  it("shows a plain error for the llm engine without a provider, and cancels a run leaving nothing half-written", async () => {
    const { context, page } = await newSession("editor");
    await page.goto(`/stories/${storyId}`);
    const panel = page.getByTestId("generate-panel");
    await panel.getByLabel("Engine").selectOption("llm");
    expect(await panel.getByLabel("Model").inputValue()).not.toBe("");
    expect(await panel.getByLabel("Prompt version").locator("option").count()).toBeGreaterThan(0);
    await panel.getByRole("button", { name: "Generate" }).click();
    expect(await panel.getByTestId("generate-error").textContent()).toContain("No model provider is configured");
    expect(await panel.getAttribute("data-phase")).toBe("idle");

    // Cancel: the web worker runs one job at a time, so an ingestion held up by a slow feed keeps the
    // digest job queued long enough to press Cancel.
    const held: ServerResponse[] = [];
    let release = false;
    const slowFeed = createServer((_request, response) => {
      if (release) response.writeHead(404).end("gone");
      else held.push(response);
    });
    await new Promise<void>((resolve) => slowFeed.listen(0, "127.0.0.1", resolve));
    const queue = await createJobQueue(databaseUrl);
    const db = createDatabase(databaseUrl);
    try {
      const before = await db.digest.findUnique({ where: { storyId }, select: { version: true, content: true } });
      const { port } = slowFeed.address() as AddressInfo;
      await enqueueIngest(queue, { inputs: [`http://127.0.0.1:${port}/slow.html`], group: false }, { maxAttempts: 1 });
      await expect.poll(() => held.length, { timeout: 20_000 }).toBeGreaterThan(0);

      await panel.getByLabel("Engine").selectOption("offline");
      await panel.getByLabel(/Force/).check();
      await panel.getByRole("button", { name: "Generate" }).click();
      await panel.locator('[data-step="queued"]').waitFor();
      await panel.getByRole("button", { name: "Cancel" }).click();
      await panel.locator('[data-step="cancelled"]').waitFor();
      expect(await panel.getAttribute("data-phase")).toBe("idle");
      expect(await panel.getByRole("button", { name: "Generate" }).count()).toBe(1);

      release = true;
      for (const response of held) response.writeHead(404).end("gone");
      const [cancelled] = await queue.list({ name: "digest", status: "cancelled" });
      expect(cancelled).toMatchObject({ attempts: 0, payload: { storyId, force: true } });
      // The worker moves on past the cancelled job (a job queued after it is finished) and nothing of
      // the cancelled one is ever stored.
      const after = await enqueueIngest(
        queue,
        { inputs: [`http://127.0.0.1:${port}/after-the-cancelled-digest.html`], group: false },
        { maxAttempts: 1 },
      );
      await expect
        .poll(async () => (await queue.get(after))?.status, { timeout: 60_000 })
        .toMatch(/^(completed|failed)$/);
      expect((await queue.get(cancelled?.id ?? ""))?.status).toBe("cancelled");
      expect(await db.digest.findUnique({ where: { storyId }, select: { version: true, content: true } })).toEqual(
        before,
      );
    } finally {
      release = true;
      for (const response of held) if (!response.writableEnded) response.writeHead(404).end("gone");
      slowFeed.close();
      await queue.stop({ graceSeconds: 0 });
      await db.$disconnect();
    }
    await context.close();
  });

  it("lists a dead job first with its error as text, and Retry puts it back in the queue", async () => {
    // A job no worker of the web server handles, failed by a worker in this process: it stays dead,
    // and once retried it stays queued, so the page can be checked at leisure.
    const queue = await createJobQueue(databaseUrl, { pollIntervalSeconds: 0.2 });
    let id = "";
    try {
      id = await queue.enqueue("e2e-probe", {}, { key: `e2e-probe:${Date.now()}`, maxAttempts: 1 });
      await queue.work({
        "e2e-probe": async () => {
          throw new Error('<img src="x" onerror="alert(1)"> the feed answered 500');
        },
      });
      await expect.poll(async () => (await queue.get(id))?.status, { timeout: 20_000 }).toBe("failed");
    } finally {
      await queue.stop({ graceSeconds: 0 });
    }

    // An earlier test demotes the reviewer to editor: give the role back for this check.
    const db = createDatabase(databaseUrl);
    await db.user.update({ where: { email: devUsers.reviewer.email }, data: { role: "reviewer" } });
    await db.$disconnect();
    const reviewer = await newSession("reviewer");
    expect(
      await reviewer.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).count(),
    ).toBe(0);
    await reviewer.page.goto("/jobs");
    expect(await reviewer.page.locator("main").textContent()).toContain("Your role may not see the jobs.");
    await reviewer.context.close();

    const { context, page } = await newSession("editor");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
    await page.waitForURL(/\/jobs$/);
    const row = page.locator(`tr[data-job-id="${id}"]`);
    expect(await row.getAttribute("data-status")).toBe("failed");
    expect(await page.locator("tbody tr").first().getAttribute("data-status")).toBe("failed");
    expect(await row.locator("td").nth(1).textContent()).toBe("dead");
    expect(await row.locator("td").nth(2).textContent()).toBe("1/1");
    expect(await row.locator(".job-error").textContent()).toBe(
      '<img src="x" onerror="alert(1)"> the feed answered 500',
    );
    expect(await row.locator("img").count()).toBe(0);
    // The dead filter lists it too.
    await page.goto("/jobs?status=dead");
    expect(await page.locator(`tr[data-job-id="${id}"]`).count()).toBe(1);
    expect(await page.locator('tbody tr:not([data-status="failed"])').count()).toBe(0);

    await page.locator(`tr[data-job-id="${id}"]`).getByRole("button", { name: "Retry" }).click();
    await page.waitForURL(/notice=retried/);
    const retried = page.locator(`tr[data-job-id="${id}"]`);
    expect(await retried.getAttribute("data-status")).toBe("queued");
    expect(await retried.locator("td").nth(1).textContent()).toBe("queued");
    expect(await retried.locator("td").nth(2).textContent()).toBe("1/2");
    expect(await retried.getByRole("button", { name: "Retry" }).count()).toBe(0);
    await page.goto("/audit");
    expect(await page.locator("main").textContent()).toContain("retried a dead e2e-probe job");
    await context.close();
  });

  it("refuses a cross-site generate request", async () => {
    const { context } = await newSession("editor");
    const response = await context.request.post(`/api/stories/${storyId}/generate`, {
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      data: { engine: "offline", model: "x", force: true },
    });
    expect(response.status()).toBe(403);
    await context.close();
  });

  it("moves an article, merges and splits stories as jobs the page follows, and the edits survive `roundup group --full`", async () => {
    // Six real ECB+ articles about three unrelated events: each pair forms its own story.
    roundup("ingest", path.join(e2eDirectory, "fixtures/grouping-articles.jsonl"));
    const db = createDatabase(databaseUrl);
    const articles = await db.article.findMany({ select: { id: true, title: true } });
    const idOf = (prefix: string) => {
      const found = articles.find((article) => article.title.startsWith(prefix));
      if (!found) throw new Error(`no article titled ${prefix}…`);
      return found.id;
    };
    const reid = [idOf("Well, here's something"), idOf("Tara Reid has entered")];
    const angels = [idOf("The Los Angeles Angels"), idOf("Angels general manager")];
    const turkmen = [idOf("The 4th parliamentary"), idOf("Voting for MPs")];
    const storyOf = async (articleId: string) =>
      (await db.article.findUnique({ where: { id: articleId }, select: { storyId: true } }))?.storyId ?? null;
    const [reidStory, angelsStory, turkmenStory] = [
      await storyOf(reid[0] as string),
      await storyOf(angels[0] as string),
      await storyOf(turkmen[0] as string),
    ];
    expect(new Set([reidStory, angelsStory, turkmenStory]).size).toBe(3);
    expect(await storyOf(reid[1] as string)).toBe(reidStory);

    const { context, page } = await newSession("editor");
    // The surviving story gets a digest first, to check a merge keeps it.
    await page.goto(`/stories/${angelsStory}`);
    await page.getByTestId("generate-panel").getByRole("button", { name: "Generate" }).click();
    await page.getByTestId("generate-panel").locator('[data-step="saved"]').waitFor();
    const angelsDigest = await db.digest.findUnique({
      where: { storyId: angelsStory as string },
      select: { id: true },
    });
    expect(angelsDigest).not.toBeNull();

    // Move: the second Tara Reid article into the Angels story.
    await page.goto(`/stories/${reidStory}`);
    const grouping = page.getByTestId("grouping-controls");
    await grouping.getByLabel("Article to move").selectOption(reid[1] as string);
    await grouping.getByLabel("Move to story").selectOption(angelsStory as string);
    await grouping.getByRole("button", { name: "Move article" }).click();
    // The request only enqueues the edit; the panel shows the job until it is done, then opens the story.
    await grouping.getByTestId("grouping-progress").locator("li").first().waitFor();
    await page.waitForURL(/notice=moved/);
    expect(new URL(page.url()).pathname).toBe(`/stories/${angelsStory}`);
    expect(await page.locator(`article[data-article-id="${reid[1]}"]`).count()).toBe(1);

    // Merge: the Turkmenistan story into the Angels story, which keeps its digest.
    await page.goto(`/stories/${turkmenStory}`);
    await page
      .getByTestId("grouping-controls")
      .getByLabel("Merge this story into")
      .selectOption(angelsStory as string);
    await page.getByRole("button", { name: "Merge stories" }).click();
    await page.waitForURL(/notice=merged/);
    expect(new URL(page.url()).pathname).toBe(`/stories/${angelsStory}`);
    expect(await page.locator("article[data-article-id]").count()).toBe(5);
    expect(await page.getByTestId("digest-headline").count()).toBe(1);

    // Split: the second Angels article off into a new story.
    await page
      .getByTestId("grouping-controls")
      .getByLabel(/^Angels general manager/)
      .check();
    await page.getByRole("button", { name: "Split into new story" }).click();
    await page.waitForURL(/notice=split/);
    const splitStory = decodeURIComponent(new URL(page.url()).pathname.split("/")[2] ?? "");
    expect(splitStory).not.toBe(angelsStory);
    expect(await page.locator("article[data-article-id]").count()).toBe(1);

    // The merged-away story left the inbox.
    await page.goto("/");
    expect(await page.locator(`tr[data-story-id="${turkmenStory}"]`).count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, "inbox-after-grouping.png"), fullPage: true });

    const expected = {
      reidFirst: reidStory,
      reidSecond: angelsStory,
      angelsFirst: angelsStory,
      angelsSecond: splitStory,
      turkmenFirst: angelsStory,
      turkmenSecond: angelsStory,
    };
    const actual = async () => ({
      reidFirst: await storyOf(reid[0] as string),
      reidSecond: await storyOf(reid[1] as string),
      angelsFirst: await storyOf(angels[0] as string),
      angelsSecond: await storyOf(angels[1] as string),
      turkmenFirst: await storyOf(turkmen[0] as string),
      turkmenSecond: await storyOf(turkmen[1] as string),
    });
    expect(await actual()).toEqual(expected);
    // A later automatic full regroup replays the decisions and lands on the same stories.
    roundup("group", "--full");
    expect(await actual()).toEqual(expected);
    expect(await db.digest.findUnique({ where: { storyId: angelsStory as string }, select: { id: true } })).toEqual(
      angelsDigest,
    );
    const audit = await db.auditEvent.findMany({
      where: { action: { startsWith: "story." } },
      select: { action: true },
    });
    expect(audit.map((event) => event.action).sort()).toEqual(["story.article_moved", "story.merged", "story.split"]);
    // Each edit ran as a job (on SQLite, a row of the Job table), not inside the web request.
    expect(await db.job.count({ where: { name: "grouping-edit", status: "completed" } })).toBe(3);
    await db.$disconnect();
    await context.close();
  });
});
