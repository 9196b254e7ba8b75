/**
 * The README's screenshots, taken in Debian's chromium (playwright-core) from the built workbench
 * over the seeded sample data: the story page (digest first, footnote markers, sources beside), the
 * publish gate, the inbox and the public page of the published digest, wide and on a phone. Build first:
 *
 *   npx turbo run build --filter=@roundup/web
 *   npx tsx --conditions=@roundup/source apps/web/scripts/readme-screenshots.ts
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, signIn } from "../e2e/browser-session";
import { startSeededWorkbench } from "./start-seeded-workbench";

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../docs");
const wide = { width: 1366, height: 900 };

const workbench = await startSeededWorkbench();
const browser = await launchChromium();
try {
  const { storyId } = workbench.seeded;
  const { context, page } = await signIn(browser, workbench.baseUrl, "admin", wide);
  await page.screenshot({ path: path.join(docs, "inbox.png") });

  await page.goto(`/stories/${storyId}`);
  await page.screenshot({ path: path.join(docs, "story-page.png") });

  // The publish gate: what blocks publishing, with the reviewer's reason being written.
  const blockers = page.getByTestId("publish-blockers");
  await blockers.getByLabel("Reason to publish it as it is").first().fill("UNHCR confirmed it by phone at 14:00");
  // In the middle of the window, clear of the sticky toolbar.
  await blockers.evaluate((section) => section.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: path.join(docs, "publish-gate.png") });

  await blockers.getByRole("button", { name: "Accept" }).first().click();
  await page.waitForURL(/notice=accepted/);
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL(/notice=approved/);
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/notice=published/);
  await context.close();

  for (const [file, viewport] of [
    ["public-page.png", wide],
    ["public-page-phone.png", { width: 390, height: 844 }],
  ] as const) {
    const reader = await browser.newContext({ baseURL: workbench.baseUrl, viewport });
    const readerPage = await reader.newPage();
    await readerPage.goto(`/published/${storyId}`);
    await readerPage.screenshot({ path: path.join(docs, file) });
    await reader.close();
  }
  console.log(`screenshots written to ${docs}`);
} finally {
  await browser.close();
  await workbench.stop();
}
