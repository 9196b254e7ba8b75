import type { z } from "zod";
import type { PromptMessage, SummarizeInput } from "./summarize-input.js";
import type { SummarizeOutput } from "./summarize-output-schema.js";
import { summarizeV1 } from "./v1.js";
import { summarizeV2 } from "./v2.js";
import { summarizeV3 } from "./v3.js";
import { summarizeV4 } from "./v4.js";
import { summarizeV5 } from "./v5.js";
import { summarizeV6 } from "./v6.js";
import { summarizeV7 } from "./v7.js";

/** A versioned summarize template: a pure render function and the schema of the answer. */
export interface SummarizePrompt {
  /** `name@version`, recorded on every digest it produced. */
  id: string;
  name: string;
  version: number;
  description: string;
  render(input: SummarizeInput): PromptMessage[];
  outputSchema: z.ZodType<SummarizeOutput>;
  /** The fields of the answer, named in the repair turn. */
  answerShape: string;
}

const PROMPTS: readonly SummarizePrompt[] = [
  summarizeV1,
  summarizeV2,
  summarizeV3,
  summarizeV4,
  summarizeV5,
  summarizeV6,
  summarizeV7,
];

// summarize@7: the newest, which marks superseded passages, tells the model what verification
// checks (the headline's verb too) and who gives each side of a disagreement; older ones stay loadable by id.
export const DEFAULT_SUMMARIZE_PROMPT = "summarize@7";

/** Every prompt with its id and description, oldest first. */
export function listPrompts(): Array<Pick<SummarizePrompt, "id" | "name" | "version" | "description">> {
  return PROMPTS.map(({ id, name, version, description }) => ({ id, name, version, description }));
}

/** The prompt `name@version`; a bare name gets its newest version. Throws on an unknown id. */
export function getPrompt(id: string): SummarizePrompt {
  const exact = PROMPTS.find((prompt) => prompt.id === id);
  if (exact) return exact;
  const newest = PROMPTS.filter((prompt) => prompt.name === id).sort((a, b) => b.version - a.version)[0];
  if (newest) return newest;
  throw new Error(`unknown prompt "${id}"; known prompts: ${PROMPTS.map((prompt) => prompt.id).join(", ")}`);
}
