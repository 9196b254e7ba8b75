/** A large story is compared through this many of its members, spread evenly over it. */
const SAMPLE_SIZE = 64;

/**
 * The members an article is compared with to place it: all of a story's, or an even sample of a
 * large one (its average similarity barely moves past a few dozen, and placement stays fast).
 */
export function sampleMembers(members: readonly number[]): readonly number[] {
  return members.length <= SAMPLE_SIZE
    ? members
    : Array.from({ length: SAMPLE_SIZE }, (_, i) => members[Math.floor((i * members.length) / SAMPLE_SIZE)] as number);
}
