import type { JobView } from "./generate-progress";

/** A job from an /api response (`{ job }`), or the error it says in words. */
export async function readJob(response: Response): Promise<JobView | string> {
  const body = (await response.json().catch(() => null)) as { job?: JobView; error?: string } | null;
  return body?.job ?? body?.error ?? `The server answered ${response.status}.`;
}
