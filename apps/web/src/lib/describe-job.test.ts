import { describe, expect, it } from "vitest";
import { describeJob, storiesOf } from "./describe-job";

/** The description as the page writes it, with each story's title looked up in `names`. */
function words(name: string, payload: unknown, names: Record<string, string> = {}): string {
  return describeJob(name, payload)
    .parts.map((part) => ("storyId" in part ? (names[part.storyId] ?? part.missing) : part.text))
    .join("");
}

describe("describeJob", () => {
  const names = { s1: "Harbor fire", s2: "Port strike" };

  it("names the story of a digest and the person who asked", () => {
    expect(words("digest", { storyId: "s1", engine: "offline", authorId: "u1" }, names)).toBe("Digest of Harbor fire");
    expect(describeJob("digest", { storyId: "s1", engine: "offline", authorId: "u1" }).personId).toBe("u1");
  });

  it("names the stories of each grouping edit and the editor who made it", () => {
    expect(words("grouping-edit", { kind: "move", articleId: "a1", toStory: "s2", actorId: "u2" }, names)).toBe(
      "Move of an article into Port strike",
    );
    expect(words("grouping-edit", { kind: "merge", fromStory: "s1", intoStory: "s2", actorId: "u2" }, names)).toBe(
      "Merge of Harbor fire into Port strike",
    );
    // After the merge the first story is gone.
    expect(words("grouping-edit", { kind: "merge", fromStory: "gone", intoStory: "s2", actorId: "u2" }, names)).toBe(
      "Merge of a story merged away into Port strike",
    );
    const split = { kind: "split", storyId: "s1", articleIds: ["a1", "a2"], newStoryId: "s9", actorId: "u2" };
    expect(words("grouping-edit", split, names)).toBe("Split of 2 articles out of Harbor fire");
    expect(describeJob("grouping-edit", split).personId).toBe("u2");
    expect(storiesOf(describeJob("grouping-edit", { kind: "merge", fromStory: "s1", intoStory: "s2" }))).toEqual([
      "s1",
      "s2",
    ]);
  });

  it("describes the jobs without a story in words, and reads old or odd payloads without failing", () => {
    expect(words("group", { full: true })).toBe("Regrouping of every stored article");
    expect(words("import-sources", { sources: [{ kind: "text", text: "x" }], authorId: "u1" })).toBe(
      "Import of 1 source added in the workbench",
    );
    expect(words("ingest", { inputs: ["a.jsonl", "b.jsonl"] })).toBe("Import of 2 files or addresses");
    expect(words("poll-feeds", {})).toBe("Check of the feeds that are due");
    expect(words("poll-feeds", { feedIds: ["f1"] })).toBe("First check of 1 new feed");
    expect(words("digest", null)).toBe("Digest of a story");
    expect(words("digest", { storyId: "deleted" })).toBe("Digest of a story that no longer exists");
    expect(words("future-kind", {})).toBe("future kind");
    expect(describeJob("group", "not an object").personId).toBeNull();
  });
});
