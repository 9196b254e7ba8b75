import type { UserRole } from "@roundup/db";

/**
 * What each role may do. Editors write, reviewers decide (and fix what they review), admins do
 * everything and manage users.
 */
const permissions = {
  "digest.edit": ["editor", "reviewer", "admin"],
  "digest.submit": ["editor", "admin"],
  "digest.regenerate": ["editor", "admin"],
  "story.regroup": ["editor", "admin"],
  "digest.approve": ["reviewer", "admin"],
  // Publishing an unsupported statement on the desk's word is a reviewer's call, with a reason.
  "digest.accept": ["reviewer", "admin"],
  "digest.reject": ["reviewer", "admin"],
  "digest.publish": ["reviewer", "admin"],
  "digest.export": ["editor", "reviewer", "admin"],
  "audit.read": ["editor", "reviewer", "admin"],
  "users.manage": ["admin"],
  // Jobs are the editors' work (digests, ingestion): they watch, cancel and retry them.
  "jobs.read": ["editor", "admin"],
  "jobs.cancel": ["editor", "admin"],
  "jobs.retry": ["editor", "admin"],
  // Sources are editors' work too: adding URLs, files and text, and managing feed subscriptions.
  "sources.add": ["editor", "admin"],
  "feeds.manage": ["editor", "admin"],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: UserRole, permission: Permission): boolean {
  return (permissions[permission] as readonly UserRole[]).includes(role);
}
