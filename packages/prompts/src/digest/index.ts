export type {
  Citation,
  Digest,
  DigestSentence,
  DigestSource,
  Disagreement,
  Generation,
  Quote,
  TimelineEntry,
  Verification,
} from "./digest-schema.js";
export {
  citationSchema,
  digestSchema,
  digestSentenceSchema,
  digestSourceSchema,
  disagreementClaimSchema,
  disagreementSchema,
  generationSchema,
  quoteSchema,
  timelineEntrySchema,
  verificationSchema,
} from "./digest-schema.js";
