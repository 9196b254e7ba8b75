import type { AuditEventView } from "@roundup/db";

export interface AuditDescription {
  /** What happened, in words: "approved the digest of “Bridge vote”". */
  text: string;
  /** The page it concerns, when there is one. */
  href: string | null;
  /** The rest of the detail as label/value pairs (no JSON, no ids already named). */
  facts: Array<[string, string]>;
}

const digestVerbs: Record<string, string> = {
  "digest.edited": "edited the digest of",
  "digest.submitted": "submitted for review the digest of",
  "digest.approved": "approved the digest of",
  "digest.rejected": "rejected the digest of",
  "digest.published": "published the digest of",
  "digest.generated": "generated a new draft of the digest of",
  "digest.regenerated": "regenerated the digest of",
  "digest.statement_accepted": "accepted an unsupported statement in the digest of",
};

const factLabels: Record<string, string> = {
  revision: "revision",
  version: "version",
  from: "status before",
  to: "status after",
  status: "status",
  comment: "comment",
  reason: "reason",
  statement: "statement",
  text: "text",
  engine: "engine",
  model: "model",
  prompt: "prompt",
  force: "forced",
  fromVersion: "started from version",
  role: "role",
  email: "email",
  name: "job",
  attempts: "attempts",
  lastError: "last error",
  articles: "articles",
  sessions: "sessions ended",
  sessionsEnded: "sessions ended",
  lockedSeconds: "locked for (seconds)",
  address: "from address",
  url: "address",
  everyMinutes: "checked every (minutes)",
  itemsImported: "items imported",
};

/** Ids (named in the text), and what says nothing to a reader. */
const hiddenFacts = new Set(["storyId", "fromStory", "toStory", "intoStory", "articleIds"]);

function value(raw: unknown): string | null {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "boolean") return raw ? "yes" : "no";
  if (typeof raw === "number") return String(raw);
  // A stored code (`in_review`) reads as words; an address or an email keeps its underscores.
  if (typeof raw === "string") return /^[a-z]+(_[a-z]+)+$/.test(raw) ? raw.replace(/_/g, " ") : raw;
  if (Array.isArray(raw)) return `${raw.length}`;
  return null;
}

function articleCount(ids: unknown): string {
  if (!Array.isArray(ids)) return "some articles";
  return ids.length === 1 ? "1 article" : `${ids.length} articles`;
}

/** A feed's address is in the sentence already. */
function withoutUrl(facts: Array<[string, string]>): Array<[string, string]> {
  return facts.filter(([label]) => label !== "address");
}

/** An audit event as the audit page says it: who did what to which story, with the rest as facts. */
export function describeAuditEvent(event: AuditEventView): AuditDescription {
  const detail = event.detail ?? {};
  const name = (id: unknown) =>
    typeof id === "string" ? (event.names[id] ? `“${event.names[id]}”` : "a story that no longer exists") : "a story";
  const storyId = typeof detail.storyId === "string" ? detail.storyId : null;
  const facts = Object.entries(detail)
    .filter(([key]) => !hiddenFacts.has(key))
    .flatMap(([key, raw]): Array<[string, string]> => {
      const shown = value(raw);
      return shown === null ? [] : [[factLabels[key] ?? key, shown]];
    });
  const verb = digestVerbs[event.action];
  if (verb) return { text: `${verb} ${name(storyId)}`, href: storyId ? `/stories/${storyId}/history` : null, facts };
  switch (event.action) {
    case "story.article_moved":
      return {
        text: `moved an article from ${name(detail.fromStory)} to ${name(detail.toStory)}`,
        href: typeof detail.toStory === "string" ? `/stories/${detail.toStory}` : null,
        facts,
      };
    case "story.merged":
      return {
        text: `merged ${name(detail.fromStory)} into ${name(detail.intoStory)}`,
        href: typeof detail.intoStory === "string" ? `/stories/${detail.intoStory}` : null,
        facts,
      };
    case "story.split":
      return {
        text: `split ${articleCount(detail.articleIds)} off ${name(detail.fromStory)}`,
        href: event.entity === "story" ? `/stories/${event.entityId}` : null,
        facts,
      };
    case "story.reopened":
      return { text: `reopened ${name(event.entityId)}`, href: `/stories/${event.entityId}`, facts };
    case "job.retried":
      return { text: `retried a dead ${value(detail.name) ?? ""} job`.replace("  ", " "), href: "/jobs", facts };
    case "job.cancelled":
      return { text: `cancelled a ${value(detail.name) ?? ""} job`.replace("  ", " "), href: "/jobs", facts };
    case "user.signed_in":
      return { text: "signed in", href: null, facts };
    case "user.signed_out":
      return { text: "signed out", href: null, facts };
    case "user.role_changed":
      return {
        text: `changed the role of ${event.names[event.entityId] ?? "a user"} to ${value(detail.role) ?? "?"}`,
        href: "/users",
        facts: facts.filter(([label]) => label !== "role"),
      };
    case "user.saved":
      return {
        text: `saved the account of ${event.names[event.entityId] ?? value(detail.email) ?? "a user"}`,
        href: "/users",
        facts,
      };
    case "user.password_changed":
      return { text: "changed their password", href: null, facts: facts };
    case "user.sessions_ended":
      return {
        text: `signed ${event.names[event.entityId] ?? "a user"} out everywhere`,
        href: "/users",
        facts: facts,
      };
    case "user.sign_in_failed":
      return { text: `failed to sign in as ${value(detail.email) ?? "an unknown account"}`, href: null, facts };
    case "user.sign_in_locked":
      return {
        text: `was refused sign-in as ${value(detail.email) ?? "an unknown account"} after too many wrong passwords`,
        href: null,
        facts: facts,
      };
    case "feed.subscribed":
      return {
        text: `subscribed to the feed ${value(detail.url) ?? ""}`.trim(),
        href: "/feeds",
        facts: withoutUrl(facts),
      };
    case "feed.updated":
      return { text: `changed the feed ${value(detail.url) ?? ""}`.trim(), href: "/feeds", facts: withoutUrl(facts) };
    case "feed.unsubscribed":
      return {
        text: `unsubscribed from the feed ${value(detail.url) ?? ""}`.trim(),
        href: "/feeds",
        facts: withoutUrl(facts),
      };
    case "sources.added":
      return {
        text: `added ${Array.isArray(detail.sources) ? detail.sources.length : "some"} sources`,
        href: "/jobs",
        facts: Array.isArray(detail.sources)
          ? [...facts.filter(([label]) => label !== "sources"), ["sources", detail.sources.map(String).join(", ")]]
          : facts,
      };
    default:
      return { text: event.action.replace(/[._]/g, " "), href: null, facts };
  }
}
