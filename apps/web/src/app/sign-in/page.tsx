import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pageErrorMessage } from "../../lib/page-errors";
import { safeReturnPath } from "../../lib/safe-return-path";
import { getCurrentUser } from "../../server/session";
import { signInAction } from "../actions/session-actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === "string" ? params.next : undefined);
  if (await getCurrentUser()) redirect(next);
  const error = pageErrorMessage(params.error);
  return (
    <section className="sign-in">
      <h1>Sign in</h1>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <form action={signInAction} className="stack">
        <input type="hidden" name="next" value={next} />
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit">Sign in</button>
      </form>
    </section>
  );
}
