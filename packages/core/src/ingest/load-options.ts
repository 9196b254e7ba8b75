import type { FetchedResource, FetchUrlOptions } from "./fetch-url.js";

/** Options for loading inputs. Everything has a safe default; nothing is read from the environment. */
export interface LoadOptions extends FetchUrlOptions {
  /** Largest file or download accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** A feed item whose content is shorter than this many characters is a teaser: its page is fetched. */
  teaserLength?: number;
  /** Fetch the pages of teaser feed items (default true). */
  fetchTeaserPages?: boolean;
  /** Teaser pages fetched at the same time (default 4). */
  fetchConcurrency?: number;
  /** The URL fetcher; injectable so callers can add caching or tests can avoid sockets. */
  fetchUrl?: (url: string, options: FetchUrlOptions) => Promise<FetchedResource>;
}

export const defaultMaxBytes = 10 * 1024 * 1024;
export const defaultTeaserLength = 400;
