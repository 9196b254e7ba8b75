import type { Database } from "../create-database.js";

export interface AuditEventInput {
  actorId: string | null;
  /** What happened, e.g. `digest.edited`, `digest.approved`, `user.signed_in`. */
  action: string;
  entity: string;
  entityId: string;
  detail?: Record<string, unknown>;
}

export interface AuditEventView {
  id: string;
  action: string;
  entity: string;
  entityId: string;
  detail: Record<string, unknown> | null;
  actor: { id: string; email: string; name: string } | null;
  createdAt: Date;
  /** Names of what the event refers to by id (stories' labels, users' names), to show words, not ids. */
  names: Record<string, string>;
}

const storyKeys = ["storyId", "fromStory", "toStory", "intoStory"];

type AuditClient = Pick<Database, "auditEvent">;

/** Records one audit event; accepts a transaction client so the event commits with the change. */
export async function recordAuditEvent(db: AuditClient, input: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      detail: input.detail ? JSON.stringify(input.detail) : null,
    },
  });
}

function parseDetail(detail: string | null): Record<string, unknown> | null {
  if (!detail) return null;
  try {
    const value: unknown = JSON.parse(detail);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: detail };
  }
}

export interface ListAuditEventsOptions {
  entity?: string;
  entityId?: string;
  limit?: number;
}

/**
 * Stories' labels and users' names by id, for pages that hold only ids (the audit trail, the jobs);
 * ids that are gone are left out.
 */
export async function resolveNames(
  db: Database,
  ids: { storyIds?: readonly string[]; userIds?: readonly string[] },
): Promise<Record<string, string>> {
  const storyIds = [...new Set(ids.storyIds ?? [])].slice(0, 1000);
  const userIds = [...new Set(ids.userIds ?? [])].slice(0, 1000);
  const [stories, users] = await Promise.all([
    storyIds.length
      ? db.story.findMany({ where: { id: { in: storyIds } }, select: { id: true, label: true } })
      : Promise.resolve([]),
    userIds.length
      ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  const names: Record<string, string> = {};
  for (const story of stories) names[story.id] = story.label;
  for (const user of users) names[user.id] = user.name;
  return names;
}

/** The newest events first, optionally for one entity, with the names of what they refer to. */
export async function listAuditEvents(db: Database, options: ListAuditEventsOptions = {}): Promise<AuditEventView[]> {
  const events = await db.auditEvent.findMany({
    where: {
      ...(options.entity ? { entity: options.entity } : {}),
      ...(options.entityId ? { entityId: options.entityId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 100, 1), 500),
    include: { actor: { select: { id: true, email: true, name: true } } },
  });
  const details = events.map((event) => parseDetail(event.detail));
  const storyIds = new Set<string>();
  const userIds = new Set<string>();
  events.forEach((event, index) => {
    if (event.entity === "story") storyIds.add(event.entityId);
    if (event.entity === "user") userIds.add(event.entityId);
    for (const key of storyKeys) {
      const value = details[index]?.[key];
      if (typeof value === "string") storyIds.add(value);
    }
  });
  const names = await resolveNames(db, { storyIds: [...storyIds], userIds: [...userIds] });
  return events.map((event, index) => {
    const detail = details[index] ?? null;
    const referenced = [event.entityId, ...storyKeys.map((key) => detail?.[key])].filter(
      (value): value is string => typeof value === "string" && value in names,
    );
    return {
      id: event.id,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      detail,
      actor: event.actor,
      createdAt: event.createdAt,
      names: Object.fromEntries(referenced.map((id) => [id, names[id] as string])),
    };
  });
}
