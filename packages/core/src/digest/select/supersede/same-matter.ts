/** Sentences at least this close (TF-IDF cosine over content words) are about the same matter. */
export const SAME_MATTER = 0.2;
