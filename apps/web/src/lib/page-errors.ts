/**
 * Every error a redirect may announce with `?error=<code>`, and the fixed text a page shows for it. A
 * page never shows the parameter itself: a link could otherwise put any words on the workbench in red.
 */
export const pageErrors = {
  // Signing in and sessions
  "sign-in-invalid": "That email and password do not match an account.",
  "sign-in-missing": "Enter your email and password.",
  "sign-in-throttled":
    "Too many failed sign-ins for this account or from this address. Wait 15 minutes and try again, or ask an admin to reset your password.",
  "not-allowed": "Your role may not do this. Ask an admin to change your role.",
  // Users and accounts
  "email-invalid": "Enter a valid email address.",
  "name-missing": "Enter a name.",
  "password-short": "Passwords need at least 12 characters.",
  "password-mismatch": "The two new passwords differ. Type the same new password twice.",
  "password-wrong": "Your current password is not right. Nothing was changed.",
  "role-invalid": "Choose one of the roles: editor, reviewer or admin.",
  "own-admin-role": "You cannot remove your own admin role; ask another admin.",
  "user-not-found": "That user was not found; reload the page.",
  // Digests
  "request-invalid": "The form was incomplete or malformed. Reload the page and try again.",
  "reject-reason-missing": "Say why the digest is rejected, so the editor knows what to fix.",
  "digest-changed": "The digest changed since you opened it. Nothing was changed: read the new version and try again.",
  "digest-transition": "The digest's status does not allow that step any more. Reload the page to see where it stands.",
  "digest-not-found": "The digest was not found.",
  "digest-blocked":
    "Not approved or published: unsupported statements remain. Fix or remove each one, or a reviewer accepts it with a reason (listed above the digest).",
  "accept-reason-missing":
    "Write the reason for accepting the statement; it is kept in the history and the audit trail.",
  "accept-invalid":
    "That statement cannot be accepted any more (it was edited or verified since): reload and look again.",
  "story-not-found": "The story was not found.",
  "story-open-already": "The story is open already: new articles about it can join it.",
  "regenerate-failed": "Regenerating failed. Try again, or use Generate to see the job's error.",
  // Feeds
  "feed-address-missing": "Give the feed's address.",
  "feed-address-invalid":
    "That address cannot be subscribed: give the feed's absolute http or https address, without a user name or password (e.g. https://example.com/feed.xml).",
  "feed-interval-invalid": "A feed is polled every 1 to 10,080 minutes (a week): give a whole number of minutes.",
  "feed-not-found": "That subscription no longer exists.",
  "feed-busy": "That feed is being polled right now, or no longer exists. Try again in a moment.",
  // Jobs
  "job-invalid": "Invalid job id.",
  "job-not-found": "The job was not found.",
  "job-not-dead": "Only a dead job can be retried; this one is not.",
} as const;

export type PageError = keyof typeof pageErrors;

/** The fixed message of an `?error=` code; nothing for a code this site never sends. */
export function pageErrorMessage(code: unknown): string | undefined {
  return typeof code === "string" && Object.hasOwn(pageErrors, code) ? pageErrors[code as PageError] : undefined;
}

/** A code when `value` is one (e.g. a zod issue's message written as a code); otherwise "request-invalid". */
export function pageErrorCode(value: string | undefined): PageError {
  return value !== undefined && Object.hasOwn(pageErrors, value) ? (value as PageError) : "request-invalid";
}
