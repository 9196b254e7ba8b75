import { digestStatuses, inboxSorts, type ListInboxStoriesOptions } from "@roundup/db";
import { z } from "zod";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const inboxParamsSchema = z.object({
  q: z.preprocess(first, z.string().max(200).optional()).catch(undefined),
  status: z.preprocess(first, z.enum([...digestStatuses, "none"]).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(inboxSorts).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
});

/** Reads the inbox query string leniently: an unknown value falls back to the default. */
export function parseInboxParams(params: Record<string, string | string[] | undefined>): ListInboxStoriesOptions & {
  query?: string;
} {
  const parsed = inboxParamsSchema.parse(params);
  return {
    ...(parsed.q?.trim() ? { query: parsed.q.trim() } : {}),
    ...(parsed.status ? { status: parsed.status } : {}),
    ...(parsed.sort ? { sort: parsed.sort } : {}),
    ...(parsed.page ? { page: parsed.page } : {}),
  };
}

/** The query string for a page of the inbox with the same filters. */
export function inboxHref(options: ListInboxStoriesOptions, page: number): string {
  const search = new URLSearchParams();
  if (options.query) search.set("q", options.query);
  if (options.status) search.set("status", options.status);
  if (options.sort) search.set("sort", options.sort);
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `/?${text}` : "/";
}
