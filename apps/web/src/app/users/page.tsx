import { listUsers, userRoles } from "@roundup/db";
import type { Metadata } from "next";
import { PageNotices } from "../../components/page-notices";
import { pageErrorMessage } from "../../lib/page-errors";
import { getDatabase } from "../../server/db";
import { can } from "../../server/permissions";
import { requireUser } from "../../server/session";
import { createUserAction, endUserSessionsAction, setUserRoleAction } from "../actions/user-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

const notices: Record<string, string> = {
  saved: "Saved. A new password or role signs the user out everywhere.",
  role: "Role changed. The user was signed out everywhere and signs in again with the new role.",
  "signed-out": "The user was signed out on every browser.",
};

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/users");
  const query = await searchParams;
  if (!can(user.role, "users.manage")) {
    return (
      <p className="notice notice-error" role="alert">
        Only admins manage users.
      </p>
    );
  }
  const users = await listUsers(getDatabase());
  const notice = typeof query.notice === "string" ? notices[query.notice] : undefined;
  return (
    <>
      <h1>Users</h1>
      <PageNotices notice={notice} error={pageErrorMessage(query.error)} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Sessions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((item) => (
              <tr key={item.id}>
                <td>{item.name}</td>
                <td>{item.email}</td>
                <td>
                  <form action={setUserRoleAction} className="row">
                    <input type="hidden" name="userId" value={item.id} />
                    <label className="visually-hidden" htmlFor={`role-${item.id}`}>
                      Role of {item.email}
                    </label>
                    <select id={`role-${item.id}`} name="role" defaultValue={item.role}>
                      {userRoles.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="button-secondary">
                      Change role
                    </button>
                  </form>
                </td>
                <td>
                  <form action={endUserSessionsAction}>
                    <input type="hidden" name="userId" value={item.id} />
                    <button type="submit" className="button-secondary" aria-label={`Sign ${item.email} out everywhere`}>
                      Sign out everywhere
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Add a user or reset a password</h2>
      <p className="muted">An existing email updates that user: a new password or role signs them out everywhere.</p>
      <form action={createUserAction} className="stack panel">
        <label htmlFor="new-email">Email</label>
        <input id="new-email" name="email" type="email" required />
        <label htmlFor="new-name">Name</label>
        <input id="new-name" name="name" required />
        <label htmlFor="new-password">Password (at least 12 characters)</label>
        <input id="new-password" name="password" type="password" minLength={12} required autoComplete="new-password" />
        <label htmlFor="new-role">Role</label>
        <select id="new-role" name="role" defaultValue="editor">
          {userRoles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        <button type="submit">Save user</button>
      </form>
    </>
  );
}
