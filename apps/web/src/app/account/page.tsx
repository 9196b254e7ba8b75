import type { Metadata } from "next";
import { PageNotices } from "../../components/page-notices";
import { pageErrorMessage } from "../../lib/page-errors";
import { requireUser } from "../../server/session";
import { changePasswordAction, endMySessionsAction } from "../actions/account-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/account");
  const query = await searchParams;
  const notice = query.notice === "password" ? "Password changed. Every other browser was signed out." : undefined;
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · {user.role}
      </p>
      <PageNotices notice={notice} error={pageErrorMessage(query.error)} />
      <h2>Change your password</h2>
      <form action={changePasswordAction} className="stack panel">
        <label htmlFor="current-password">Current password</label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
        <label htmlFor="new-password">New password (at least 12 characters)</label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          minLength={12}
          autoComplete="new-password"
          required
        />
        <label htmlFor="repeat-password">New password again</label>
        <input id="repeat-password" name="repeatPassword" type="password" autoComplete="new-password" required />
        <button type="submit">Change password</button>
      </form>
      <h2>Sessions</h2>
      <form action={endMySessionsAction} className="stack panel">
        <p className="muted">Signs you out on every browser and device, this one included.</p>
        <button type="submit" className="button-secondary">
          Sign out everywhere
        </button>
      </form>
    </>
  );
}
