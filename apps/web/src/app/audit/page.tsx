import { listAuditEvents } from "@roundup/db";
import type { Metadata } from "next";
import { formatDateTime } from "../../lib/format-date";
import { getDatabase } from "../../server/db";
import { can } from "../../server/permissions";
import { requireUser } from "../../server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage() {
  const user = await requireUser("/audit");
  if (!can(user.role, "audit.read"))
    return <p className="notice notice-error">Your role may not read the audit trail.</p>;
  const events = await listAuditEvents(getDatabase(), { limit: 200 });
  return (
    <>
      <h1>Audit trail</h1>
      <p className="muted">The latest {events.length} events, newest first.</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">On</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{formatDateTime(event.createdAt)}</td>
                <td>{event.actor?.name ?? "system"}</td>
                <td>{event.action}</td>
                <td>
                  {event.entity === "digest" && typeof event.detail?.storyId === "string" ? (
                    <a href={`/stories/${event.detail.storyId}/history`}>digest {event.entityId}</a>
                  ) : (
                    `${event.entity} ${event.entityId}`
                  )}
                </td>
                <td>
                  <code>{event.detail ? JSON.stringify(event.detail) : ""}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
