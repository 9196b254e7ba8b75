import type { StoryIndex } from "@roundup/core";

/**
 * A story index a worker keeps between group jobs, so a job loads and places only its new articles
 * instead of rebuilding the window from every stored text. The job checks it against the database
 * first (see `groupIntoStories`) and rebuilds it whenever anything else changed the grouping.
 */
export class ResidentStoryIndex {
  index: StoryIndex | null = null;
  /** The editors' decisions it was built with (their count and the latest one): new ones mean a rebuild. */
  decisions: string | null = null;
}
