import { RoundupError } from "../errors/index.js";

/**
 * The encoding a byte-order mark announces (UTF-8, UTF-16 little or big endian), if the bytes start
 * with one. Editors on Windows save text as UTF-16 with a mark; without it, UTF-16 cannot be told
 * from binary and is refused.
 */
function encodingOfByteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * Decodes bytes as text, refusing what is not text: empty input, binary content (NUL bytes) and
 * bytes that are not valid in the encoding. A byte-order mark wins over the declared encoding (it
 * is what the bytes are) and is dropped; UTF-16 is accepted only with one.
 */
export function decodeText(bytes: Uint8Array, input: string, declaredEncoding = "utf-8"): string {
  if (bytes.length === 0)
    throw new RoundupError("INPUT_EMPTY", "The input is empty.", {
      input,
      fix: "Pass a file or page that contains an article.",
    });
  const marked = encodingOfByteOrderMark(bytes);
  const encoding = marked ?? declaredEncoding;
  // UTF-16 text is full of NUL bytes; with its mark it is text, and its decoding is still checked.
  if (!marked?.startsWith("utf-16") && bytes.includes(0)) {
    throw new RoundupError("INPUT_BINARY", "The input is binary (it contains NUL bytes), not text.", {
      input,
      fix: "Pass a text, Markdown, HTML, JSON or feed file.",
    });
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw new RoundupError("INPUT_ENCODING", `The input is not valid ${decoder.encoding}.`, {
      input,
      fix: "Convert the file to UTF-8 (for example with iconv).",
      cause,
    });
  }
  if (text.trim() === "")
    throw new RoundupError("INPUT_EMPTY", "The input contains only whitespace.", {
      input,
      fix: "Pass a file or page that contains an article.",
    });
  return text;
}

/** The charset an HTML page or XML document declares in its first bytes (`<meta charset>`, `<?xml encoding>`), if any. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return (
    /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding=["']([\w.:-]+)/i.exec(head)?.[1] ??
    null
  );
}
