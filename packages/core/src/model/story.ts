/** A group of articles about one real-world event or developing story. */
export interface Story {
  id: string;
  label: string;
  articleIds: string[];
  /** ISO dates of the earliest and latest dated member, when any is dated. */
  startAt: string | null;
  endAt: string | null;
}
