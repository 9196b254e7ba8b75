import { oncePerText } from "./once-per-text.js";

/**
 * oncePerText shared by every step that holds the same owner: an object each digest makes afresh
 * and hands to all its steps (its list of articles). Several steps ask the same rule of the same
 * sentences (evidence ranking and both timeline builds ask whether a sentence is publishable): each
 * text is read once a digest. The results live as long as the owner (a WeakMap's key), so nothing
 * outlives the digest that made it. Results are shared: callers must not change them.
 */
export function oncePerTextOf<T>(compute: (text: string) => T): (owner: object) => (text: string) => T {
  const byOwner = new WeakMap<object, (text: string) => T>();
  return (owner) => {
    let read = byOwner.get(owner);
    if (!read) {
      read = oncePerText(compute);
      byOwner.set(owner, read);
    }
    return read;
  };
}
