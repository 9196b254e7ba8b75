import { z } from "zod";

/** A story, digest or job id as it may appear in a URL or form: cuids, UUIDs and slugs. */
export const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w-]+$/);
