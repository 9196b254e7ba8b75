import type { DigestEdit } from "@roundup/core";
import { sanitizeInputText } from "@roundup/core/text";
import { z } from "zod";

/** The most an editor may type per field; the form checks them before sending, the server again. */
export const editLimits = {
  headline: 300,
  sentence: 2000,
  keyPoint: 1000,
  timelineEntry: 1000,
  quote: 2000,
  date: 40,
  speaker: 200,
  topic: 300,
  claimValue: 200,
  claimText: 1000,
  comment: 2000,
} as const;

const citation = z.object({
  articleId: z.string().min(1).max(200),
  chunkId: z.string().min(1).max(200),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
const citations = z.array(citation).max(20, "cites more than 20 passages");
const id = z.string().min(1).max(100);
// Control and bidi characters are stripped at this edge, as at ingest: a NUL would break the feed,
// bidi controls would show the text reversed.
const text = (limit: number) =>
  z
    .string()
    .transform((value) => sanitizeInputText(value))
    .pipe(z.string().max(limit, `is over ${limit.toLocaleString("en")} characters: shorten it (your text is kept)`));

export const digestEditSchema = z.object({
  headline: text(editLimits.headline),
  headlineCitations: citations,
  summary: z.array(z.object({ id, text: text(editLimits.sentence), citations })).max(12),
  keyPoints: z.array(z.object({ id, text: text(editLimits.keyPoint), citations })).max(30),
  timeline: z
    .array(z.object({ id, date: text(editLimits.date).nullable(), text: text(editLimits.timelineEntry), citations }))
    .max(60),
  quotes: z
    .array(z.object({ id, speaker: text(editLimits.speaker).nullable(), text: text(editLimits.quote), citations }))
    .max(30),
  disagreements: z
    .array(
      z.object({
        id,
        topic: text(editLimits.topic),
        claims: z
          .array(z.object({ value: text(editLimits.claimValue), text: text(editLimits.claimText), citations }))
          .max(10),
      }),
    )
    .max(30),
}) satisfies z.ZodType<DigestEdit>;

const partNames: Record<string, string> = {
  summary: "Summary sentence",
  keyPoints: "Key point",
  timeline: "Timeline entry",
  quotes: "Quote",
  disagreements: "Disagreement",
  claims: "claim",
};

/** Where an issue is, as an editor reads it: "Summary sentence 2", "Disagreement 1, claim 2", "Headline". */
export function describeEditPath(path: ReadonlyArray<PropertyKey>): string {
  const words: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const key = String(path[index]);
    const next = path[index + 1];
    if (partNames[key] && typeof next === "number") {
      words.push(`${partNames[key]} ${next + 1}`);
      index += 1;
    } else if (key === "headline" || key === "headlineCitations") words.push("Headline");
    else if (key === "citations") words.push("citations");
    else if (key === "date") words.push("date");
    else if (key === "speaker") words.push("speaker");
    else if (key === "topic") words.push("topic");
  }
  return words.join(", ") || "The edit";
}

/** Checks an edit; null when it is fine, else one message per problem naming where it is. */
export function checkDigestEdit(edit: unknown): string[] | null {
  const parsed = digestEditSchema.safeParse(edit);
  if (parsed.success) return null;
  return parsed.error.issues.slice(0, 5).map((issue) => `${describeEditPath(issue.path)} ${issue.message}.`);
}
