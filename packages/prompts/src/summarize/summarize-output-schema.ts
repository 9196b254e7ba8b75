import { z } from "zod";

export const citedSentenceOutputSchema = z.object({
  text: z.string().min(1).describe("One sentence of prose, stating only what the cited passages say."),
  passageIds: z
    .array(z.string().regex(/^P\d+$/))
    .min(1)
    .describe('Ids of the passages that support the sentence, e.g. ["P3"].'),
});

/** What a summarize prompt asks the model to return. Citations are passage ids, never offsets. */
export const summarizeOutputSchema = z.object({
  headline: z.string().min(1).max(160).describe("A neutral headline for the story, at most 15 words."),
  sentences: z.array(citedSentenceOutputSchema).min(1).max(8).describe("The summary, in reading order."),
  keyPoints: z.array(citedSentenceOutputSchema).max(6).describe("Short key points not already in the summary."),
});

/** summarize@3 on: the headline cites its passages too, so it is verified like a sentence. */
export const citedHeadlineOutputSchema = summarizeOutputSchema.extend({
  headlinePassageIds: z
    .array(z.string().regex(/^P\d+$/))
    .min(1)
    .max(3)
    .describe('Ids of the passages that support every name and number in the headline, e.g. ["P1"].'),
});

export type CitedSentenceOutput = z.infer<typeof citedSentenceOutputSchema>;
/** An answer of any summarize version; `headlinePassageIds` is there from summarize@3 on. */
export type SummarizeOutput = z.infer<typeof summarizeOutputSchema> & { headlinePassageIds?: string[] };
