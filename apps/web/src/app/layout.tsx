import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "./actions/session-actions";
import "./globals.css";
import { can } from "../server/permissions";
import { getCurrentUser } from "../server/session";

export const metadata: Metadata = {
  title: { default: "Roundup", template: "%s · Roundup" },
  description: "Multi-source news summarization workbench",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Roundup
          </Link>
          {user ? (
            <nav aria-label="Main">
              <Link href="/">Inbox</Link>
              <Link href="/audit">Audit trail</Link>
              {can(user.role, "sources.add") ? <Link href="/sources">Sources</Link> : null}
              {can(user.role, "feeds.manage") ? <Link href="/feeds">Feeds</Link> : null}
              {can(user.role, "jobs.read") ? <Link href="/jobs">Jobs</Link> : null}
              {user.role === "admin" ? <Link href="/users">Users</Link> : null}
              <a href="/feed.xml">Feed</a>
            </nav>
          ) : null}
          {user ? (
            <form action={signOutAction} className="session">
              <Link href="/account" title="Your account: password and sessions">
                {user.name} <span className="role">({user.role})</span>
              </Link>
              <button type="submit" className="button-quiet">
                Sign out
              </button>
            </form>
          ) : null}
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
