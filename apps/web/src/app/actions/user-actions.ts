"use server";

import { recordAuditEvent, setUserRole, upsertUser, userRoles } from "@roundup/db";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDatabase } from "../../server/db";
import { authorize, PermissionError } from "../../server/session";

async function requireAdmin() {
  try {
    return await authorize("users.manage");
  } catch (error) {
    if (error instanceof PermissionError)
      redirect(error.role ? `/users?error=${encodeURIComponent(error.message)}` : "/sign-in?next=/users");
    throw error;
  }
}

const createUserSchema = z.object({
  email: z.email("Enter a valid email address").max(320),
  name: z.string().trim().min(1, "Enter a name").max(200),
  password: z.string().min(12, "Passwords need at least 12 characters").max(1024),
  role: z.enum(userRoles),
});

export async function createUserAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = createUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    redirect(`/users?error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "Invalid user")}`);
  const db = getDatabase();
  const user = await upsertUser(db, parsed.data);
  await recordAuditEvent(db, {
    actorId: admin.id,
    action: "user.saved",
    entity: "user",
    entityId: user.id,
    detail: { email: user.email, role: user.role },
  });
  redirect("/users?notice=saved");
}

const roleSchema = z.object({ userId: z.string().min(1).max(100), role: z.enum(userRoles) });

export async function setUserRoleAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = roleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/users?error=Invalid%20role");
  if (parsed.data.userId === admin.id && parsed.data.role !== "admin") {
    redirect(`/users?error=${encodeURIComponent("You cannot remove your own admin role; ask another admin.")}`);
  }
  const db = getDatabase();
  await setUserRole(db, parsed.data.userId, parsed.data.role);
  await recordAuditEvent(db, {
    actorId: admin.id,
    action: "user.role_changed",
    entity: "user",
    entityId: parsed.data.userId,
    detail: { role: parsed.data.role },
  });
  redirect("/users?notice=role");
}
