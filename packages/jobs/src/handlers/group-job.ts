import { z } from "zod";
import { groupIntoStories } from "../tasks/group-into-stories.js";
import { defineJobKind } from "./define-job-kind.js";

/** Places the new articles in stories (story ids are kept; `full` regroups the whole window). */
export const groupJob = defineJobKind({
  name: "group",
  payload: z.object({ full: z.boolean().optional() }),
  async handle({ full = false }, _context, runtime) {
    const report = await groupIntoStories(runtime.db, {
      full,
      resident: runtime.resident,
      ...(runtime.groupWindowDays ? { windowDays: runtime.groupWindowDays } : {}),
    });
    return {
      stories: report.stories.length,
      closed: report.closed,
      held: report.held,
      rebuilt: report.rebuilt,
      seconds: report.seconds,
    };
  },
});
