import { RoundupError } from "../errors/index.js";

/**
 * Decodes bytes as text, refusing what is not text: empty input, binary content (NUL bytes) and
 * bytes that are not valid in the encoding. A leading byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, input: string, encoding = "utf-8"): string {
  if (bytes.length === 0)
    throw new RoundupError("INPUT_EMPTY", "The input is empty.", {
      input,
      fix: "Pass a file or page that contains an article.",
    });
  if (bytes.includes(0)) {
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
