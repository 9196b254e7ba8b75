import type { DigestEngine } from "@roundup/core";

/** The words a digest job reports at each step; the web app shows them to the editor as they come. */
export const DIGEST_STEP_MESSAGES = {
  planning: "Planning: choosing the evidence and computing the facts",
  drafting: (engine: string) => `Drafting with the ${engine} engine`,
  verifying: "Checking every sentence against its cited passages",
} as const;

/** The engine with its steps reported: when it starts writing and when its draft goes to verification. */
export function reportDigestSteps(
  engine: DigestEngine,
  report: (progress: number, message: string) => void,
): DigestEngine {
  return {
    name: engine.name,
    settings: (request) => engine.settings(request),
    async draft(request) {
      report(0.3, DIGEST_STEP_MESSAGES.drafting(engine.name));
      const draft = await engine.draft(request);
      report(0.8, DIGEST_STEP_MESSAGES.verifying);
      return draft;
    },
  };
}
