import { readFile, stat } from "node:fs/promises";
import { RoundupError } from "../errors/index.js";
import { decodeText, sniffCharset } from "./decode-text.js";
import { defaultMaxBytes } from "./load-options.js";

/**
 * Reads a text file safely: the size is checked with `stat` before reading, so an oversized file
 * is refused without loading it; then the bytes must decode as UTF-8 text.
 */
export async function readInputFile(
  path: string,
  options: {
    maxBytes?: number /** Honour a charset declared in the markup (HTML, XML); else UTF-8. */;
    declaredCharset?: boolean;
  } = {},
): Promise<string> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  let size: number;
  try {
    const stats = await stat(path);
    if (!stats.isFile())
      throw new RoundupError("INPUT_UNSUPPORTED", "The input is not a regular file.", {
        input: path,
        fix: "Pass a file, a folder or a URL.",
      });
    size = stats.size;
  } catch (cause) {
    if (cause instanceof RoundupError) throw cause;
    throw new RoundupError("INPUT_NOT_FOUND", "The file does not exist or cannot be read.", {
      input: path,
      fix: "Check the path and its permissions.",
      cause,
    });
  }
  if (size > maxBytes) {
    throw new RoundupError(
      "INPUT_TOO_LARGE",
      `The file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit.`,
      {
        input: path,
        fix: "Split the file, or raise the size limit.",
      },
    );
  }
  if (size === 0)
    throw new RoundupError("INPUT_EMPTY", "The file is empty.", {
      input: path,
      fix: "Pass a file that contains an article.",
    });
  const bytes = await readFile(path);
  return decodeText(bytes, path, (options.declaredCharset ? sniffCharset(bytes) : null) ?? "utf-8");
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
