import { listAuditEvents } from "@roundup/db";
import type { Metadata } from "next";
import { describeAuditEvent } from "../../lib/describe-audit-event";
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
        <table data-testid="audit">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const described = describeAuditEvent(event);
              return (
                <tr key={event.id} data-action={event.action}>
                  <td>{formatDateTime(event.createdAt)}</td>
                  <td>{event.actor?.name ?? "the system"}</td>
                  <td>{described.href ? <a href={described.href}>{described.text}</a> : described.text}</td>
                  <td>
                    {described.facts.length ? (
                      <dl className="facts">
                        {described.facts.map(([label, value]) => (
                          <div key={label}>
                            <dt>{label}</dt>
                            <dd>{value}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
