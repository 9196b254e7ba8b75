/**
 * Words before a report that make it no report of a thing done: negated ("have not been found"),
 * still to come or only possible ("could be reopened", "if they strike a deal"), hoped for, or nearly
 * done ("close to a deal").
 */
const NOT_DONE =
  /\b(?:not|never|no|n['’]t|will|would|could|may|might|can|hope[sd]?|expected|plans?|if|unless|until|close to|near)\b[^,;.]{0,40}$/i;

/** Whether the words a sentence puts before `index` (where a report of something done starts) leave it done. */
export function toldAsDone(text: string, index: number): boolean {
  return !NOT_DONE.test(text.slice(Math.max(0, index - 60), index));
}
