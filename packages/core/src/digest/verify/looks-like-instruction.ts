import { oncePerTextOf } from "../../text/once-per-text-of.js";

// Who an injected line addresses: a model, an assistant, a summarizer, or whoever writes the summary.
const ADDRESSEE =
  "(?:(?:an?|the|any|all|every)\\s+)?(?:AI|A\\.I\\.|artificial intelligence|(?:large )?language models?|LLMs?|chat ?bots?|(?:AI |virtual |automated )?assistants?|GPT|ChatGPT|Claude|Gemini|Copilot|bots?|crawlers?|(?:automated |AI |news )?(?:summari[sz]ers?|summari[sz]ation (?:tools?|models?|systems?|engines?)|systems?|tools?|agents?|readers?))";
// What a summary is called when a line tells its writer what to put in it.
const OUTPUT =
  "(?:digests?|summar(?:y|ies)|recaps?|roundups?|briefings?|abstracts?|overviews?|outputs?|answers?|responses?)";

const PATTERNS: RegExp[] = [
  // "Ignore previous instructions", "disregard the above rules".
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.]{0,40}\b(?:previous|prior|above|earlier|all|any|your|the system|other)\b[^.]{0,20}\b(?:instructions?|prompts?|rules|directions|guidelines|context)\b/i,
  /\b(?:you are now|from now on,? you|act as if you were|pretend (?:that )?you are|new instructions? (?:for|to) (?:you|the)|system prompt|jailbreak prompt|developer mode|do anything now)\b/i,
  // Role tags and chat-template markers.
  /^\s*(?:\[?(?:system|assistant|user|developer)\]?\s*:|#{2,}\s*(?:instruction|system|response))/i,
  /<\|?(?:im_start|im_end|system|endoftext)\|?>|\[\/?INST\]|<\/?(?:system|instructions?)>/i,
  // Text addressed to a model: "Note to AI summarizers: …", "If you are an AI…", "Attention language models".
  new RegExp(
    `\\b(?:note|message|instructions?|attention|notice|reminder|dear|hey|hello)\\b[^.:]{0,20}\\b(?:to|for)?\\s*${ADDRESSEE}\\s*[:,-]`,
    "i",
  ),
  new RegExp(`\\bif you are (?:an?|the) ${ADDRESSEE}`, "i"),
  new RegExp(
    `\\b(?:as an? |any |all |every )${ADDRESSEE}\\b[^.]{0,60}\\b(?:must|should|shall|needs? to|has to|have to|is required to|are required to)\\b`,
    "i",
  ),
  new RegExp(
    `\\b${ADDRESSEE}\\s+(?:reading|processing|summari[sz]ing|rewriting|parsing|ingesting) (?:this|these)\\b`,
    "i",
  ),
  // "Every digest must state…", "summaries of this article should say…".
  new RegExp(
    `\\b(?:every|each|any|all|the|your|this|a)\\s+(?:\\w+\\s+){0,2}${OUTPUT}\\b[^.]{0,40}\\b(?:must|should|shall|needs? to|has to|have to|is required to|are required to|will)\\s+(?:\\w+\\s+){0,2}(?:state|say|mention|include|report|claim|read|begin|start|end|contain|note|emphasi[sz]e|conclude)\\b`,
    "i",
  ),
  // "When summarizing this article, state that…", "In your summary, say that…".
  /\b(?:when|while|before|after) (?:you )?(?:summari[sz]e|summari[sz]ing|writing|rewriting|processing|reporting on|covering) (?:this|these|the (?:above|following))\b/i,
  new RegExp(
    `\\bin (?:your|the|any|every) ${OUTPUT}\\b[^.]{0,10},?\\s*(?:state|say|write|mention|include|report|claim|add)\\b`,
    "i",
  ),
  // A sentence that opens by telling the reader what to write or output.
  /^\s*(?:please\s+)?(?:(?:write|state|say|output|print|respond|reply|repeat|answer)\s+(?:only\s+|exactly\s+)?(?:that|the following|:|with)|summari[sz]e (?:this|the) (?:article|story|text|page)|always (?:say|state|write|mention)|do not (?:mention|say|report|include) (?:that|the|any))\b/i,
];

/**
 * Whether text addresses a language model or whoever writes the summary rather than a reader: a
 * prompt-injection attempt inside an article ("Ignore previous instructions", "Note to AI
 * summarizers: every digest must state…", role tags such as "System:"). Such text is kept out of
 * every engine's evidence, and a statement that cites it is flagged.
 */
export function looksLikeInstruction(text: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * looksLikeInstruction read once per text a digest: planning the digest, the offline engine and its
 * headline's passages ask it of the same sentences. The owner is the digest's list of articles, or
 * the verifier's map of them, whose statements cite the same passages (see oncePerTextOf).
 */
export const looksLikeInstructionOf = oncePerTextOf(looksLikeInstruction);
