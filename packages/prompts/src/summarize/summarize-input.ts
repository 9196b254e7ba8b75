/** One numbered evidence passage: the only text the model may state facts from. */
export interface EvidencePassage {
  /** `P1`, `P2`…: what the model cites; code maps it back to the exact article span. */
  id: string;
  /** `A1`, `A2`…: passages of one article share it. */
  articleId: string;
  articleTitle: string;
  source: string | null;
  publishedAt: string | null;
  text: string;
  /**
   * Ids of later passages on the same matter (code found them: a proposal, then the response to it):
   * this passage tells an earlier state of it. Shown by summarize@5 on; older versions ignore it.
   */
  olderThan?: string[];
}

/** Facts computed by code, given to the model so it does not have to (and must not) work them out. */
export interface SummarizeFacts {
  disagreements: Array<{
    topic: string;
    claims: Array<{
      value: string;
      passageIds: string[];
      /** The outlets whose articles give this figure (shown by summarize@7 on). */
      outlets?: string[];
      /** Who the figure is attributed to inside the text ("the coast guard"), when one sentence names two (summarize@7 on). */
      source?: string;
    }>;
  }>;
  timeline: Array<{ date: string | null; text: string; passageIds: string[] }>;
}

export interface SummarizeInput {
  storyLabel: string;
  passages: EvidencePassage[];
  facts: SummarizeFacts;
  /** Target length of the summary in words. */
  words: number;
  /** Most summary sentences (the digest schema allows 8). */
  maxSentences: number;
}

/** A chat message in the shape the AI SDK takes (`ModelMessage`) and OpenAI's chat API takes. */
export interface PromptMessage {
  role: "system" | "user" | "assistant";
  content: string;
}
