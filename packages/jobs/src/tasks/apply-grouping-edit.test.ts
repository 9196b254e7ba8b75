import { writeFileSync } from "node:fs";
import path from "node:path";
import { listAuditEvents, listGroupingDecisions, loadStories, upsertUser } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyGroupingEdit } from "./apply-grouping-edit.js";
import { groupIntoStories } from "./group-into-stories.js";
import { ingestIntoDatabase } from "./ingest-into-database.js";

/** Four events, three dated articles each, as corpus JSONL. */
function events(): string {
  const subjects = [
    ["Dresden", "the new Elbe bridge for trams", "2024-05-01"],
    ["Marseille", "the wildfire in the hills", "2024-06-01"],
    ["Oslo", "the port strike and the ferries", "2024-07-01"],
    ["Lisbon", "the metro extension to the airport", "2024-08-01"],
  ];
  return subjects
    .flatMap(([city, subject, day], event) =>
      [0, 1, 2].map((index) =>
        JSON.stringify({
          id: `${event}-${index}`,
          title: `${city}: officials on ${subject} (${index})`,
          text: `Officials in ${city} spoke on ${subject} on day ${index + 1}. Reporters in ${city} followed ${subject} closely, and residents of ${city} asked about ${subject} again.`,
          source: `Outlet ${index}`,
          publishedAt: `${day}T0${index}:00:00Z`,
        }),
      ),
    )
    .join("\n");
}

describe.each(testProviders())("applyGroupingEdit on %s", (provider) => {
  let database: TemporaryDatabase;
  let editor = "";
  const ids: Record<string, string[]> = {};
  const storyOf = async (articleId: string) =>
    (await database.db.article.findUnique({ where: { id: articleId }, select: { storyId: true } }))?.storyId ?? "";
  const updatedAt = async () =>
    new Map(
      (await database.db.story.findMany({ select: { id: true, updatedAt: true } })).map((s) => [s.id, +s.updatedAt]),
    );

  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    const file = path.join(database.folder, "events.jsonl");
    writeFileSync(file, events());
    const report = await ingestIntoDatabase(database.db, [file]);
    for (const article of report.imported) {
      const city = article.title.split(":")[0] as string;
      ids[city] = [...(ids[city] ?? []), article.id].sort();
    }
    await groupIntoStories(database.db, { full: true });
    editor = (await upsertUser(database.db, { email: "e@x.org", name: "Ed", password: "p", role: "editor" })).id;
  }, 120_000);
  afterAll(async () => {
    await database.remove();
  });

  it("groups the four events apart (the fixture)", async () => {
    const stories = await loadStories(database.db);
    expect(stories.map((story) => story.articleIds.length).sort()).toEqual([3, 3, 3, 3]);
  });

  it("moves an article, touching only the two stories involved, with its decision and audit event", async () => {
    const [moving] = ids.Dresden as string[];
    const from = await storyOf(moving as string);
    const to = await storyOf(ids.Oslo?.[0] as string);
    const before = await updatedAt();
    const report = await applyGroupingEdit(database.db, {
      kind: "move",
      articleId: moving as string,
      toStory: to,
      actorId: editor,
    });
    expect(report).toEqual({ status: "applied", storyId: to, message: null });
    expect(await storyOf(moving as string)).toBe(to);
    const after = await updatedAt();
    const changed = [...after].filter(([id, time]) => before.get(id) !== time).map(([id]) => id);
    expect(changed.sort()).toEqual([from, to].sort());
    expect((await listGroupingDecisions(database.db)).at(-1)).toMatchObject({ kind: "move", articleId: moving });
    expect((await listAuditEvents(database.db, { entity: "article", entityId: moving }))[0]).toMatchObject({
      action: "story.article_moved",
      actor: { id: editor },
      detail: { fromStory: from, toStory: to },
    });
    // Done already: a retried job changes nothing and says so.
    expect(
      await applyGroupingEdit(database.db, { kind: "move", articleId: moving as string, toStory: to, actorId: editor }),
    ).toMatchObject({ status: "unchanged", storyId: to });
  });

  it("splits once however often the job runs, naming the new story from its articles", async () => {
    const story = await storyOf(ids.Marseille?.[0] as string);
    const edit = {
      kind: "split" as const,
      storyId: story,
      articleIds: [ids.Marseille?.[1] as string, ids.Marseille?.[2] as string],
      newStoryId: "story-split-1",
      actorId: editor,
    };
    expect(await applyGroupingEdit(database.db, edit)).toEqual({
      status: "applied",
      storyId: "story-split-1",
      message: null,
    });
    expect(await applyGroupingEdit(database.db, edit)).toMatchObject({ status: "unchanged" });
    const split = await database.db.story.findUnique({ where: { id: "story-split-1" } });
    expect(split?.label).toContain("Marseille");
    expect(split?.articleCount).toBe(2);
    expect(await listAuditEvents(database.db, { entity: "story", entityId: "story-split-1" })).toHaveLength(1);
  });

  it("merges a story into another, and refuses an edit that cannot be made with its reason", async () => {
    const from = await storyOf(ids.Lisbon?.[0] as string);
    const into = await storyOf(ids.Oslo?.[0] as string);
    expect(
      await applyGroupingEdit(database.db, { kind: "merge", fromStory: from, intoStory: into, actorId: editor }),
    ).toEqual({
      status: "applied",
      storyId: into,
      message: null,
    });
    expect(await storyOf(ids.Lisbon?.[2] as string)).toBe(into);
    expect(
      await applyGroupingEdit(database.db, { kind: "merge", fromStory: into, intoStory: into, actorId: editor }),
    ).toEqual({ status: "refused", storyId: null, message: "A story cannot be merged into itself." });
  });

  it("writes nothing when its audit event cannot be written: one transaction", async () => {
    const article = ids.Dresden?.[1] as string;
    const from = await storyOf(article);
    const to = await storyOf(ids.Oslo?.[0] as string);
    const decisions = (await listGroupingDecisions(database.db)).length;
    // No such user: the audit row's foreign key fails, after the move was written in the transaction.
    await expect(
      applyGroupingEdit(database.db, {
        kind: "move",
        articleId: article,
        toStory: to,
        actorId: "no-such-user",
      }),
    ).rejects.toThrow();
    expect(await storyOf(article as string)).toBe(from);
    expect(await listGroupingDecisions(database.db)).toHaveLength(decisions);
  });
});
