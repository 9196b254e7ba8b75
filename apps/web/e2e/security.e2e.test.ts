import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createDatabase, type Database, upsertUser } from "@roundup/db";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devUsers } from "../scripts/dev-seed";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const e2eDirectory = path.dirname(fileURLToPath(import.meta.url));
const roundupBin = path.resolve(e2eDirectory, "../../cli/bin/roundup.js");

let browser: Browser;
let db: Database;
const servers: Server[] = [];

beforeAll(async () => {
  db = createDatabase(databaseUrl);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  await db?.$disconnect();
});

/** Runs the real CLI against the test database (not blocking: it may fetch from a server of this process). */
async function roundup(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [roundupBin, ...args], {
    cwd: path.resolve(e2eDirectory, "../../.."),
    env: { ...process.env, DATABASE_URL: databaseUrl, ROUNDUP_FETCH_ALLOW_HOSTS: "127.0.0.1" },
    encoding: "utf8",
  });
  return stdout;
}

/** A page on another origin (another port of 127.0.0.1) serving `body` with `type`. */
async function otherSite(body: string, type = "text/html"): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": type });
    response.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl });
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in" || url.searchParams.has("error"));
}

/** A fresh account of its own for a test, signed in on a new browser context. */
async function signedIn(email: string, password = "a long enough password") {
  await upsertUser(db, { email, name: email.split("@")[0] as string, password, role: "editor" });
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  expect(new URL(page.url()).pathname).toBe("/");
  return { context, page };
}

/** Whether a browser context is still signed in: the inbox answers, or the sign-in page does. */
async function stillSignedIn(page: Page): Promise<boolean> {
  await page.goto("/");
  return new URL(page.url()).pathname === "/";
}

async function adminPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, devUsers.admin.email, devUsers.admin.password);
  return { context, page };
}

describe("sessions end on the server", () => {
  it("signing out ends the session: a copy of the cookie no longer works", async () => {
    const { context, page } = await signedIn("safety-signout@roundup.test");
    const cookie = (await context.cookies()).find((item) => item.name === "roundup_session");
    if (!cookie) throw new Error("no session cookie");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    const thief = await newContext();
    await thief.addCookies([cookie]);
    expect(await stillSignedIn(await thief.newPage())).toBe(false);
    await thief.close();
    await context.close();
  });

  it("an admin's 'sign out everywhere', password reset and role change each end the user's sessions", async () => {
    const email = "safety-admin-ends@roundup.test";
    const admin = await adminPage();
    const user = await signedIn(email);
    await admin.page.goto("/users");
    await admin.page.getByRole("button", { name: `Sign ${email} out everywhere` }).click();
    await admin.page.waitForURL(/notice=signed-out/);
    expect(await stillSignedIn(user.page)).toBe(false);

    await signIn(user.page, email, "a long enough password");
    expect(await stillSignedIn(user.page)).toBe(true);
    await admin.page.goto("/users");
    await admin.page.getByLabel("Email").fill(email);
    await admin.page.getByLabel("Name").fill("Reset");
    await admin.page.getByLabel(/^Password/).fill("a brand new password");
    await admin.page.getByRole("button", { name: "Save user" }).click();
    await admin.page.waitForURL(/notice=saved/);
    expect(await stillSignedIn(user.page)).toBe(false);

    await signIn(user.page, email, "a brand new password");
    expect(await stillSignedIn(user.page)).toBe(true);
    await admin.page.goto("/users");
    await admin.page.getByLabel(`Role of ${email}`).selectOption("reviewer");
    await admin.page.getByLabel(`Role of ${email}`).locator("xpath=..").getByRole("button").click();
    await admin.page.waitForURL(/notice=role/);
    expect(await stillSignedIn(user.page)).toBe(false);
    await admin.context.close();
    await user.context.close();
  });

  it("changing one's password ends every other session and keeps this one", async () => {
    const email = "safety-password@roundup.test";
    const here = await signedIn(email);
    const elsewhere = await newContext();
    const elsewherePage = await elsewhere.newPage();
    await signIn(elsewherePage, email, "a long enough password");
    await here.page.goto("/account");
    await here.page.getByLabel("Current password").fill("a long enough password");
    await here.page.getByLabel(/^New password \(/).fill("my new long password");
    await here.page.getByLabel("New password again").fill("my new long password");
    await here.page.getByRole("button", { name: "Change password" }).click();
    await here.page.waitForURL(/notice=password/);
    expect(await stillSignedIn(here.page)).toBe(true);
    expect(await stillSignedIn(elsewherePage)).toBe(false);
    await elsewhere.close();
    await here.context.close();
  });
});

describe("sign-in", () => {
  it("locks an account after 10 failures from any addresses, and an address after 50, auditing them", async () => {
    const email = "safety-throttle@roundup.test";
    await upsertUser(db, { email, name: "Throttled", password: "the right password", role: "editor" });
    const context = await newContext();
    const page = await context.newPage();
    try {
      // Each try claims another address: the server uses the connection's, not the header.
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        await context.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt}` });
        await signIn(page, email, `wrong ${attempt}`);
      }
      expect(await page.locator("main .notice-error").textContent()).toContain("Too many failed sign-ins");
      await signIn(page, email, "the right password");
      expect(new URL(page.url()).searchParams.get("error")).toBe("sign-in-throttled");
      expect(await db.auditEvent.count({ where: { action: "user.sign_in_failed", entityId: email } })).toBe(9);
      expect(await db.auditEvent.count({ where: { action: "user.sign_in_locked", entityId: email } })).toBe(1);

      // The address: 40 more failures on other accounts (50 in all) lock it for every account.
      for (let attempt = 1; attempt <= 40; attempt += 1) await signIn(page, `nobody-${attempt}@roundup.test`, "x");
      await signIn(page, devUsers.editor.email, devUsers.editor.password);
      expect(new URL(page.url()).searchParams.get("error")).toBe("sign-in-throttled");
    } finally {
      // The other tests sign in from this address too.
      await db.rateLimit.deleteMany();
      await context.close();
    }
    const fresh = await newContext();
    const freshPage = await fresh.newPage();
    await signIn(freshPage, devUsers.editor.email, devUsers.editor.password);
    expect(new URL(freshPage.url()).pathname).toBe("/");
    await fresh.close();
  }, 240_000);

  it("returns only to paths of this site after signing in", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/sign-in?next=%2F%09%2Fevil.example%2F");
    expect(await page.locator('input[name="next"]').inputValue()).toBe("/");
    await page.getByLabel("Email").fill(devUsers.editor.email);
    await page.getByLabel("Password").fill(devUsers.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto("/sign-in?next=%2Fjobs%3Fstatus%3Dfailed");
    await page.getByLabel("Email").fill(devUsers.editor.email);
    await page.getByLabel("Password").fill(devUsers.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/jobs?status=failed`);
    await context.close();
  });

  it("shows fixed messages for error codes, never the text of the link", async () => {
    const admin = await adminPage();
    const bait = "Your session expired. Re-enter your password at https://evil.example/login";
    // Every page that announces errors from its address (the feeds page once showed the text itself).
    for (const path of ["/users", "/feeds", "/jobs", "/account"]) {
      await admin.page.goto(`${path}?error=${encodeURIComponent(bait)}`);
      expect(await admin.page.locator("main").textContent(), path).not.toContain("evil.example");
      expect(await admin.page.locator("main .notice-error").count(), path).toBe(0);
    }
    await admin.page.goto("/feeds?error=feed-address-invalid");
    expect(await admin.page.locator("main .notice-error").textContent()).toContain("http or https address");
    await admin.page.goto("/users?error=own-admin-role");
    expect(await admin.page.locator("main .notice-error").textContent()).toContain("own admin role");
    await admin.context.close();
  });
});

describe("headers and links", () => {
  it("sends a Content-Security-Policy and refuses framing on every page, and pages run under it", async () => {
    const admin = await adminPage();
    const violations: string[] = [];
    admin.page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const story = await db.story.findFirst({ where: { articleCount: { gt: 0 } }, select: { id: true } });
    for (const pathname of ["/", `/stories/${story?.id}`, "/audit", "/jobs", "/users", "/account", "/feed.xml"]) {
      const response = await admin.page.goto(pathname);
      const headers = response?.headers() ?? {};
      expect(headers["content-security-policy"], pathname).toMatch(/frame-ancestors 'none'/);
      expect(headers["content-security-policy"], pathname).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers["x-frame-options"], pathname).toBe("DENY");
    }
    // Scripts run: the Generate panel's engine choice enables the model field (React hydrated).
    await admin.page.goto(`/stories/${story?.id}`);
    await admin.page.getByLabel("Engine").selectOption("llm");
    await expect.poll(() => admin.page.getByLabel("Model").isEnabled()).toBe(true);
    expect(violations).toEqual([]);

    // Another site frames a signed-in story page: the browser refuses to show it.
    const framing = await otherSite(`<iframe src="${baseUrl}/stories/${story?.id}" width="800" height="600"></iframe>`);
    await admin.page.goto(framing);
    await expect.poll(() => admin.page.frames().length).toBe(2);
    const frame = admin.page.frames().find((candidate) => candidate !== admin.page.mainFrame());
    await expect.poll(async () => frame?.locator('[data-testid="generate-panel"]').count()).toBe(0);
    expect(frame?.url()).not.toBe(`${baseUrl}/stories/${story?.id}`);
    await admin.context.close();
  });

  it("never turns a javascript: URL from a JSONL record or an RSS link into a link, and strips control characters", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "roundup-e2e-safety-"));
    const text = (city: string) =>
      `Officials in ${city} said the harbour bridge would reopen on Monday after repairs. Engineers in ${city} checked the cables twice, and the harbour authority in ${city} confirmed the date.`;
    const jsonl = path.join(folder, "records.jsonl");
    writeFileSync(
      jsonl,
      `${JSON.stringify({ id: "js-1", title: "Valparaiso\u0000 bridge \u202Ereopens", text: text("Valparaiso"), url: "javascript:alert(document.cookie)", source: "Record" })}\n`,
    );
    await roundup("ingest", jsonl);
    const feed = await otherSite(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><link>https://feed.example/</link><item><title>Antofagasta bridge reopens</title><link>javascript:alert(1)</link><description>${text("Antofagasta")}</description></item></channel></rss>`,
      "application/rss+xml",
    );
    await roundup("ingest", `${feed}/feed.xml`);
    const stored = await db.article.findMany({
      where: { OR: [{ title: { contains: "Valparaiso" } }, { title: { contains: "Antofagasta" } }] },
      select: { title: true, url: true, storyId: true },
    });
    expect(stored.map((article) => [article.title, article.url]).sort()).toEqual([
      ["Antofagasta bridge reopens", null],
      ["Valparaiso bridge reopens", null],
    ]);
    const admin = await adminPage();
    for (const article of stored) {
      if (!article.storyId) continue;
      await admin.page.goto(`/stories/${article.storyId}`);
      expect(await admin.page.locator('a[href^="javascript:" i]').count()).toBe(0);
    }
    await admin.context.close();
  });

  it("strips a NUL and bidi controls typed into a headline, so the published feed stays XML", async () => {
    const story = await db.article.findFirst({
      where: { title: { contains: "Valparaiso" } },
      select: { storyId: true },
    });
    const storyId = story?.storyId as string;
    const admin = await adminPage();
    const { page } = admin;
    await page.goto(`/stories/${storyId}`);
    await page.getByTestId("generate-panel").getByRole("button", { name: "Generate" }).click();
    await page.getByTestId("generate-panel").locator('[data-step="saved"]').waitFor();
    await page.goto(`/stories/${storyId}/edit`);
    await page
      .getByRole("textbox", { name: "Headline" })
      .fill("Valparaiso\u0000 bridge \u202Ereopens\u202C on \u2066Monday\u2069");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/notice=saved/);
    const digest = await db.digest.findUnique({ where: { storyId }, select: { content: true } });
    expect(JSON.parse(digest?.content ?? "{}").headline).toBe("Valparaiso bridge reopens on Monday");
    // The edited headline may not say what its passage says: the publish gate holds it until a reviewer accepts it.
    const blockers = page.getByTestId("blocker");
    if ((await blockers.count()) > 0) {
      await blockers.first().getByLabel("Reason to publish it as it is").fill("Checked with the harbour office");
      await blockers.first().getByRole("button", { name: "Accept" }).click();
      await page.waitForURL(/notice=accepted/);
    }
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL(/notice=approved/);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForURL(/notice=published/);
    const feed = await (await admin.context.request.get("/feed.xml")).text();
    expect(feed).toContain("Valparaiso bridge reopens on Monday");
    const parseErrors = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("parsererror").length,
      feed,
    );
    expect(parseErrors).toBe(0);
    await admin.context.close();
  });
});
