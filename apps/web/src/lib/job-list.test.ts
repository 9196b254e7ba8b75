import { describe, expect, it } from "vitest";
import { jobStatusLabel, orderJobsForReview, parseJobFilter, statusOfFilter } from "./job-list";

describe("the Jobs page's list", () => {
  it("puts dead jobs first, then the newest, listing each job once", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));
    const jobs = [
      { id: "new", status: "completed" as const, createdAt: at(5) },
      { id: "dead-old", status: "failed" as const, createdAt: at(1) },
      { id: "old", status: "queued" as const, createdAt: at(2) },
      { id: "dead-new", status: "failed" as const, createdAt: at(3) },
      { id: "dead-old", status: "failed" as const, createdAt: at(1) },
    ];
    expect(orderJobsForReview(jobs).map((job) => job.id)).toEqual(["dead-new", "dead-old", "new", "old"]);
  });

  it("calls a failed job dead, and reads the filter from the query, defaulting to all", () => {
    expect(jobStatusLabel("failed")).toBe("dead");
    expect(jobStatusLabel("queued")).toBe("queued");
    expect(parseJobFilter("dead")).toBe("dead");
    expect(parseJobFilter(["dead"])).toBe("all");
    expect(parseJobFilter("<script>")).toBe("all");
    expect(statusOfFilter("dead")).toBe("failed");
    expect(statusOfFilter("cancelled")).toBe("cancelled");
    expect(statusOfFilter("all")).toBeUndefined();
  });
});
