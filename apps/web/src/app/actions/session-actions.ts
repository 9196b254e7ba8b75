"use server";

import { authenticateUser, recordAuditEvent } from "@roundup/db";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeReturnPath } from "../../lib/safe-return-path";
import { getDatabase } from "../../server/db";
import { endSession, getCurrentUser, startSession } from "../../server/session";

const signInSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
  next: z.string().optional(),
});

export async function signInAction(formData: FormData): Promise<void> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    next: formData.get("next") ?? undefined,
  });
  const next = safeReturnPath(parsed.success ? parsed.data.next : undefined);
  if (!parsed.success) redirect(`/sign-in?error=missing&next=${encodeURIComponent(next)}`);
  const db = getDatabase();
  const user = await authenticateUser(db, parsed.data.email, parsed.data.password);
  if (!user) redirect(`/sign-in?error=invalid&next=${encodeURIComponent(next)}`);
  await startSession(user);
  await recordAuditEvent(db, { actorId: user.id, action: "user.signed_in", entity: "user", entityId: user.id });
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  await endSession();
  if (user) {
    await recordAuditEvent(getDatabase(), {
      actorId: user.id,
      action: "user.signed_out",
      entity: "user",
      entityId: user.id,
    });
  }
  redirect("/sign-in");
}
