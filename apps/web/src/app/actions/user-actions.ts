"use server";

import { endUserSessions, setUserRole, upsertUser, userRoles } from "@roundup/db";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type PageError, pageErrorCode } from "../../lib/page-errors";
import { lineField } from "../../lib/text-field";
import { getDatabase } from "../../server/db";
import { authorize, PermissionError } from "../../server/session";
import { getSignInThrottle } from "../../server/sign-in-throttle";

function usersPage(error: PageError): never {
  redirect(`/users?error=${error}`);
}

async function requireAdmin() {
  try {
    return await authorize("users.manage");
  } catch (error) {
    if (error instanceof PermissionError) {
      if (error.role) usersPage("not-allowed");
      redirect("/sign-in?next=/users");
    }
    throw error;
  }
}

const createUserSchema = z.object({
  email: lineField().pipe(z.email("email-invalid").max(320, "email-invalid")),
  name: lineField().pipe(z.string().min(1, "name-missing").max(200, "name-missing")),
  password: z.string().min(12, "password-short").max(1024, "password-short"),
  role: z.enum(userRoles, "role-invalid"),
});

/**
 * Creates a user, or updates one (an admin's password reset): a new password or role ends the user's
 * sessions everywhere, and a reset also lifts a sign-in lock on the account.
 */
export async function createUserAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = createUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) usersPage(pageErrorCode(parsed.error.issues[0]?.message));
  const user = await upsertUser(getDatabase(), parsed.data, { actorId: admin.id });
  await getSignInThrottle().reset(user.email);
  redirect("/users?notice=saved");
}

const roleSchema = z.object({ userId: z.string().min(1).max(100), role: z.enum(userRoles) });

/** Changes a user's role; their sessions end, so they sign in again with the new role. */
export async function setUserRoleAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = roleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) usersPage("role-invalid");
  if (parsed.data.userId === admin.id && parsed.data.role !== "admin") usersPage("own-admin-role");
  const user = await setUserRole(getDatabase(), parsed.data.userId, parsed.data.role, { actorId: admin.id });
  if (!user) usersPage("user-not-found");
  redirect("/users?notice=role");
}

const userSchema = z.object({ userId: z.string().min(1).max(100) });

/** Signs a user out on every browser (a lost laptop, a shared password). */
export async function endUserSessionsAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = userSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) usersPage("user-not-found");
  await endUserSessions(getDatabase(), parsed.data.userId, { actorId: admin.id });
  // Their own sessions too when an admin picks themselves: the next request signs them in again.
  redirect("/users?notice=signed-out");
}
