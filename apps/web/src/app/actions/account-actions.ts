"use server";

import { changePassword, endUserSessions } from "@roundup/db";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type PageError, pageErrorCode } from "../../lib/page-errors";
import { getDatabase } from "../../server/db";
import { endCurrentSession, requireUser, startSession } from "../../server/session";

function accountPage(error: PageError): never {
  redirect(`/account?error=${error}`);
}

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, "password-wrong").max(1024, "password-wrong"),
    newPassword: z.string().min(12, "password-short").max(1024, "password-short"),
    repeatPassword: z.string().max(1024),
  })
  .refine((value) => value.newPassword === value.repeatPassword, { message: "password-mismatch" });

/**
 * Changes the signed-in user's password. Every session of theirs ends (a stolen cookie too), and this
 * browser gets a new one, so the person who changed it stays signed in here only.
 */
export async function changePasswordAction(formData: FormData): Promise<void> {
  const user = await requireUser("/account");
  const parsed = passwordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) accountPage(pageErrorCode(parsed.error.issues[0]?.message));
  const result = await changePassword(getDatabase(), {
    userId: user.id,
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.newPassword,
  });
  if (!result.ok) accountPage(result.reason === "wrong_password" ? "password-wrong" : "user-not-found");
  await startSession(user);
  redirect("/account?notice=password");
}

/** Signs the user out on every browser, this one included. */
export async function endMySessionsAction(): Promise<void> {
  const user = await requireUser("/account");
  await endUserSessions(getDatabase(), user.id, { actorId: user.id });
  await endCurrentSession();
  redirect("/sign-in");
}
