import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { devUsers } from "../scripts/dev-seed";

/** Debian's chromium, driven by playwright-core (no browser download). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A new browser context signed in through the form as one of the seeded users. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  role: keyof typeof devUsers,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(devUsers[role].email);
  await page.getByLabel("Password").fill(devUsers[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/`);
  return { context, page };
}
