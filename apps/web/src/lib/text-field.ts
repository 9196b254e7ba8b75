import { sanitizeInputText } from "@roundup/core/text";
import { z } from "zod";

/**
 * A form's text field as it enters the server: control and bidi characters stripped (as at ingest),
 * then trimmed. `line()` also folds line breaks into spaces, for one-line fields (names, headlines).
 */
export const textField = () => z.string().transform((value) => sanitizeInputText(value).trim());

export const lineField = () => z.string().transform((value) => sanitizeInputText(value).replace(/\s+/g, " ").trim());
