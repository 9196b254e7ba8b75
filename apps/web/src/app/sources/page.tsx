import { supportedExtensions } from "@roundup/core";
import type { Metadata } from "next";
import { SourcesPanel } from "../../components/sources-panel";
import { can } from "../../server/permissions";
import { requireUser } from "../../server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const user = await requireUser("/sources");
  if (!can(user.role, "sources.add"))
    return <p className="notice notice-error">Your role ({user.role}) may not add sources. Ask an admin.</p>;
  return (
    <>
      <h1>Add sources</h1>
      <p className="muted">
        Articles you add are cleaned, checked for duplicates and grouped into stories as they arrive. Each import runs
        as a job: you can leave this page, and follow it on the Jobs page. One bad source never stops the others.
      </p>
      <SourcesPanel accept={supportedExtensions.join(",")} canSubscribe={can(user.role, "feeds.manage")} />
    </>
  );
}
