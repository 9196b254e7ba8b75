import { listUsers, userRoles } from "@roundup/db";
import type { Metadata } from "next";
import { getDatabase } from "../../server/db";
import { can } from "../../server/permissions";
import { requireUser } from "../../server/session";
import { createUserAction, setUserRoleAction } from "../actions/user-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

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
  const error = typeof query.error === "string" ? query.error.slice(0, 300) : undefined;
  return (
    <>
      <h1>Users</h1>
      {error ? <p className="notice notice-error">{error}</p> : null}
      {typeof query.notice === "string" ? <p className="notice notice-ok">Saved.</p> : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Add or update a user</h2>
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
