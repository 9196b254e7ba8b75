import { createTemporaryDatabase, type TemporaryDatabase } from "@roundup/db/testing";
import { startTestFeedServer, type TestFeedServer } from "@roundup/jobs/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/memory-io.js";

const paragraphs = (place: string) =>
  [
    `Rescue teams in ${place} searched through the night for survivors after a landslide buried part of the village on Saturday, the civil protection agency said.`,
    `At least twelve houses were destroyed in ${place}, and the regional governor asked for army helicopters to reach the upper valley, which is cut off by the collapsed road.`,
    `Geologists had warned for years that the slope above ${place} was moving, the mayor said, and heavy rain over the past week had soaked the ground.`,
  ].join("\n\n");

describe("roundup feeds", () => {
  let database: TemporaryDatabase;
  let server: TestFeedServer;
  // In-process: the feed server in this process answers while the command awaits its requests.
  const run = (...args: string[]) =>
    runCli(args, { ...process.env, DATABASE_URL: database.url, ROUNDUP_FETCH_ALLOW_HOSTS: "127.0.0.1" });

  beforeAll(async () => {
    database = await createTemporaryDatabase("sqlite");
    server = await startTestFeedServer();
    server.setFeed("alps", [
      { guid: "l1", title: "Landslide in Valbruna", link: "/l/1", text: paragraphs("Valbruna") },
    ]);
  });
  afterAll(async () => {
    await server.close();
    await database.remove();
  });

  it("subscribes, polls what is due, lists with last and next poll, and unsubscribes", async () => {
    const added = await run("feeds", "add", server.url("alps"), "--every", "30", "--json");
    expect(added.status).toBe(0);
    const { feed, created } = JSON.parse(added.stdout) as { created: boolean; feed: { id: string } };
    expect(created).toBe(true);

    const polled = await run("feeds", "poll", "--json");
    expect(polled.status).toBe(0);
    const report = JSON.parse(polled.stdout) as { feeds: Array<{ status: string; imported: string[] }> };
    expect(report.feeds).toMatchObject([{ status: "ok", imported: [expect.stringMatching(/^a_/)] }]);
    // Grouped as `roundup ingest` groups.
    expect(await database.db.article.count({ where: { storyId: { not: null } } })).toBe(1);
    // Not due again for 30 minutes: a second poll asks nothing.
    const again = await run("feeds", "poll");
    expect(again.stdout).toContain("0 feeds due, 0 articles imported");
    expect(server.requests.filter((request) => request.path === "/feeds/alps.xml")).toHaveLength(1);

    const listed = JSON.parse((await run("feeds", "list", "--json")).stdout) as Array<Record<string, unknown>>;
    expect(listed).toMatchObject([
      { id: feed.id, everyMinutes: 30, lastStatus: "ok", itemsImported: 1, lastError: null },
    ]);

    expect((await run("feeds", "remove", feed.id)).stdout).toContain(`unsubscribed ${feed.id}`);
    const missing = await run("feeds", "remove", feed.id);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no subscription");
    expect(await database.db.article.count()).toBe(1);
    // Each command is a process of its own (seconds each on a busy machine).
  }, 240_000);
});
