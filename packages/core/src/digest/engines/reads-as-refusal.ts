/**
 * A model's own words about the task instead of news ("I'm sorry, but I can't…", "As an AI…"): an
 * answer that declines, or a statement that comments on the request. A quotation of someone's apology
 * opens with a quotation mark, so it does not read as one.
 */
const REFUSAL =
  /^\s*(?:i['’]m sorry|i am sorry|sorry,|i apologi[sz]e|i can(?:no|['’])t|i['’]m (?:not able|unable)|i am (?:not able|unable)|i won['’]t|i will not|as an ai\b|as a language model\b)/i;

export function readsAsRefusal(text: string): boolean {
  return REFUSAL.test(text);
}
