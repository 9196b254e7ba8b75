import type { AuditEventView } from "@roundup/db";
import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe-audit-event";

const event = (overrides: Partial<AuditEventView>): AuditEventView => ({
  id: "e1",
  action: "digest.approved",
  entity: "digest",
  entityId: "d1",
  detail: null,
  actor: { id: "u1", email: "r@x.org", name: "Rita" },
  createdAt: new Date("2026-12-01T10:00:00Z"),
  names: {},
  ...overrides,
});

describe("describeAuditEvent", () => {
  it("says what happened to which story in words, with the rest as labelled facts and no ids", () => {
    const described = describeAuditEvent(
      event({
        action: "digest.statement_accepted",
        detail: { storyId: "s1", revision: 4, statement: "Summary sentence 1", reason: "Confirmed by phone" },
        names: { s1: "Bridge vote" },
      }),
    );
    expect(described.text).toBe("accepted an unsupported statement in the digest of “Bridge vote”");
    expect(described.href).toBe("/stories/s1/history");
    expect(described.facts).toEqual([
      ["revision", "4"],
      ["statement", "Summary sentence 1"],
      ["reason", "Confirmed by phone"],
    ]);
  });

  it("names both stories of a merge, a user whose role changed, and a story that is gone", () => {
    expect(
      describeAuditEvent(
        event({
          action: "story.merged",
          entity: "story",
          detail: { fromStory: "a", intoStory: "b" },
          names: { b: "Kept" },
        }),
      ).text,
    ).toBe("merged a story that no longer exists into “Kept”");
    const reopened = describeAuditEvent(
      event({ action: "story.reopened", entity: "story", entityId: "s2", names: { s2: "Harbour strike" } }),
    );
    expect([reopened.text, reopened.href]).toEqual(["reopened “Harbour strike”", "/stories/s2"]);
    expect(
      describeAuditEvent(
        event({
          action: "user.role_changed",
          entity: "user",
          entityId: "u2",
          detail: { role: "in_review" },
          names: { u2: "Bo" },
        }),
      ).text,
    ).toBe("changed the role of Bo to in review");
    expect(describeAuditEvent(event({ action: "something.new_here" })).text).toBe("something new here");
  });
});

describe("describeAuditEvent for accounts, sign-ins, feeds and sources", () => {
  it("says each in words, with readable fact labels", () => {
    expect(describeAuditEvent(event({ action: "user.password_changed", detail: { sessionsEnded: 2 } }))).toMatchObject({
      text: "changed their password",
      facts: [["sessions ended", "2"]],
    });
    expect(
      describeAuditEvent(
        event({
          action: "user.sessions_ended",
          entity: "user",
          entityId: "u2",
          detail: { sessions: 3 },
          names: { u2: "Ed" },
        }),
      ).text,
    ).toBe("signed Ed out everywhere");
    const failed = describeAuditEvent(
      event({ action: "user.sign_in_failed", actor: null, detail: { email: "ed_y@x.org", address: "10.0.0.1" } }),
    );
    expect(failed.text).toBe("failed to sign in as ed_y@x.org");
    expect(failed.facts).toContainEqual(["from address", "10.0.0.1"]);
    expect(
      describeAuditEvent(event({ action: "user.sign_in_locked", detail: { email: "ed@x.org", lockedSeconds: 60 } }))
        .facts,
    ).toContainEqual(["locked for (seconds)", "60"]);
    expect(
      describeAuditEvent(
        event({ action: "feed.subscribed", detail: { url: "https://news.example/rss", everyMinutes: 30 } }),
      ),
    ).toMatchObject({
      text: "subscribed to the feed https://news.example/rss",
      facts: [["checked every (minutes)", "30"]],
    });
    expect(
      describeAuditEvent(
        event({ action: "sources.added", detail: { sources: ["https://a.example/x", "pasted text"] } }),
      ),
    ).toMatchObject({ text: "added 2 sources", facts: [["sources", "https://a.example/x, pasted text"]] });
  });
});
