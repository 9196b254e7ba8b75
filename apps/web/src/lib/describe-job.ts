/** One piece of a job's description: words, or a story named by its title (a link on the page). */
type JobDescriptionPart = { text: string } | { storyId: string; missing: string };

export interface JobDescription {
  parts: JobDescriptionPart[];
  /** The user who asked for the job, when its payload says. */
  personId: string | null;
}

type Payload = Record<string, unknown>;

const text = (value: string): JobDescriptionPart => ({ text: value });
const story = (storyId: unknown, missing = "a story that no longer exists"): JobDescriptionPart =>
  typeof storyId === "string" ? { storyId, missing } : { text: "a story" };
const count = (value: unknown, one: string, many: string): string => {
  const n = Array.isArray(value) ? value.length : 0;
  return `${n} ${n === 1 ? one : many}`;
};

function describeGroupingEdit(payload: Payload): JobDescriptionPart[] {
  switch (payload.kind) {
    case "move":
      return [text("Move of an article into "), story(payload.toStory)];
    case "merge":
      // The story merged away is deleted by the job, so it is usually gone by the time the page shows it.
      return [
        text("Merge of "),
        story(payload.fromStory, "a story merged away"),
        text(" into "),
        story(payload.intoStory),
      ];
    case "split":
      return [text(`Split of ${count(payload.articleIds, "article", "articles")} out of `), story(payload.storyId)];
    default:
      return [text("Grouping edit")];
  }
}

function describeParts(name: string, payload: Payload): JobDescriptionPart[] {
  switch (name) {
    case "digest":
      return [text("Digest of "), story(payload.storyId)];
    case "grouping-edit":
      return describeGroupingEdit(payload);
    case "group":
      return [text(payload.full === true ? "Regrouping of every stored article" : "Grouping of the new articles")];
    case "ingest":
      return [text(`Import of ${count(payload.inputs, "file or address", "files or addresses")}`)];
    case "import-sources":
      return [text(`Import of ${count(payload.sources, "source", "sources")} added in the workbench`)];
    case "poll-feeds":
      return [
        text(
          Array.isArray(payload.feedIds)
            ? `First check of ${count(payload.feedIds, "new feed", "new feeds")}`
            : "Check of the feeds that are due",
        ),
      ];
    default:
      return [text(name.replace(/[-_]/g, " "))];
  }
}

/**
 * What a job does, in words an editor reads on the Jobs page: the kind of work and the stories it
 * touches (by id here; the page names them), and who asked for it. Payloads are read defensively:
 * a job stored by an older version may lack a field.
 */
export function describeJob(name: string, payload: unknown): JobDescription {
  const fields = (payload && typeof payload === "object" ? payload : {}) as Payload;
  const person = fields.authorId ?? fields.actorId;
  return { parts: describeParts(name, fields), personId: typeof person === "string" ? person : null };
}

/** The stories a description names, to look their titles up at once. */
export function storiesOf(description: JobDescription): string[] {
  return description.parts.flatMap((part) => ("storyId" in part ? [part.storyId] : []));
}
