/** What the generate endpoint streams, one JSON object a line (NDJSON). */
export type GenerateProgress =
  | { step: "planning" | "drafting" | "verifying"; message: string }
  | { step: "retrying"; message: string }
  | { step: "saved"; message: string; status: "created" | "regenerated"; version: number | null }
  | { step: "reused"; message: string }
  | { step: "cancelled"; message: string }
  | { step: "error"; message: string };

export const finalSteps = new Set<GenerateProgress["step"]>(["saved", "reused", "cancelled", "error"]);

export function encodeProgress(event: GenerateProgress): string {
  return `${JSON.stringify(event)}\n`;
}

/**
 * Splits streamed text into complete events; returns them and the unfinished tail to keep for the
 * next chunk. Lines that are not progress events are skipped.
 */
export function decodeProgress(buffer: string): { events: GenerateProgress[]; rest: string } {
  const lines = buffer.split("\n");
  const rest = lines.pop() ?? "";
  const events: GenerateProgress[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as GenerateProgress;
      if (value && typeof value.step === "string" && typeof value.message === "string") events.push(value);
    } catch {
      // a broken line is skipped; the stream's final event still ends the run
    }
  }
  return { events, rest };
}
