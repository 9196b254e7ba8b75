const INSTRUCTION =
  /\b(ignore|disregard|forget|override)\b[^.]{0,40}\b(previous|prior|above|earlier|all|your|the system)\b[^.]{0,20}\b(instructions?|prompts?|rules|directions)\b|\b(you are now|act as|pretend to be|new instructions?|system prompt|jailbreak)\b|^\s*(system|assistant)\s*:/i;

/**
 * Whether text addresses a language model rather than a reader ("Ignore previous instructions…"):
 * a prompt-injection attempt inside an article. Such text is never published as a summary sentence
 * and a statement that relies on it is flagged.
 */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION.test(text);
}
