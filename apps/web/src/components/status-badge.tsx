import type { DigestStatus } from "@roundup/db";

const labels: Record<DigestStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  rejected: "Rejected",
  published: "Published",
};

export function StatusBadge({ status }: { status: DigestStatus | null }) {
  return (
    <span className={`status status-${status ?? "none"}`} data-status={status ?? "none"}>
      {status ? labels[status] : "No digest"}
    </span>
  );
}

export function statusLabel(status: DigestStatus | null): string {
  return status ? labels[status] : "No digest";
}
