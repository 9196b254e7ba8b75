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
}

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

/** The newest events first, optionally for one entity. */
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
  return events.map((event) => ({
    id: event.id,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    detail: parseDetail(event.detail),
    actor: event.actor,
    createdAt: event.createdAt,
  }));
}
