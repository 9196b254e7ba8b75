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

export type CitedSentenceOutput = z.infer<typeof citedSentenceOutputSchema>;
export type SummarizeOutput = z.infer<typeof summarizeOutputSchema>;
