"use server";

import { authenticateUser, normalizeEmail, recordAuditEvent } from "@roundup/db";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddress } from "../../lib/client-address";
import type { PageError } from "../../lib/page-errors";
import { safeReturnPath } from "../../lib/safe-return-path";
import { getDatabase } from "../../server/db";
import { endCurrentSession, getCurrentUser, startSession } from "../../server/session";
import { getSignInThrottle } from "../../server/sign-in-throttle";

const signInSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
  next: z.string().optional(),
});

function signInAgain(error: PageError, next: string): never {
  redirect(`/sign-in?error=${error}&next=${encodeURIComponent(next)}`);
}

/**
 * Signs in with email and password. Failures are counted per account and per address (a locked
 * account or address is refused before its password is checked) and audited; success starts a
 * server-side session and clears the account's count.
 */
export async function signInAction(formData: FormData): Promise<void> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    next: formData.get("next") ?? undefined,
  });
  const next = safeReturnPath(parsed.success ? parsed.data.next : undefined);
  if (!parsed.success) signInAgain("sign-in-missing", next);
  const db = getDatabase();
  const account = normalizeEmail(parsed.data.email);
  const address = clientAddress(await headers());
  const throttle = getSignInThrottle();
  if ((await throttle.check(account, address)) > 0) signInAgain("sign-in-throttled", next);
  const user = await authenticateUser(db, account, parsed.data.password);
  if (!user) {
    const locked = await throttle.fail(account, address);
    await recordAuditEvent(db, {
      actorId: null,
      action: locked > 0 ? "user.sign_in_locked" : "user.sign_in_failed",
      entity: "sign-in",
      entityId: account,
      detail: { email: account, address, ...(locked > 0 ? { lockedSeconds: locked } : {}) },
    });
    signInAgain(locked > 0 ? "sign-in-throttled" : "sign-in-invalid", next);
  }
  await throttle.reset(account);
  await startSession(user);
  await recordAuditEvent(db, {
    actorId: user.id,
    action: "user.signed_in",
    entity: "user",
    entityId: user.id,
    detail: { address },
  });
  redirect(next);
}

/** Signs this browser out; the session ends on the server, so a copied cookie stops working too. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  await endCurrentSession();
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
