import type { SourceInput } from "@roundup/jobs";

/** Limits of one submission; larger batches go through `roundup ingest`. */
export const sourceLimits = {
  urls: 100,
  files: 20,
  /** All files of one upload together (the job carries them to whichever worker runs it). */
  fileBytes: 10 * 1024 * 1024,
  textCharacters: 1_000_000,
} as const;

export type SourcesSubmission =
  | { kind: "sources"; sources: SourceInput[] }
  | { kind: "feed"; url: string; everyMinutes: number }
  | { kind: "error"; error: string };

function isFile(value: FormDataEntryValue): value is File {
  return typeof value !== "string";
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Reads the Sources page's form into what the import job takes: pasted URLs (one per line,
 * duplicates dropped), uploaded files (base64), pasted text, or a feed to subscribe to. What is
 * wrong with the submission itself (nothing given, too much) is refused here in words; what is wrong
 * with one source (a page that answers 404, a file type Roundup does not read) is the job's to report.
 */
export async function parseSourcesForm(form: FormData | null): Promise<SourcesSubmission> {
  if (!form) return { kind: "error", error: "The form could not be read; try again." };
  switch (text(form, "kind")) {
    case "urls": {
      const urls = [
        ...new Set(
          text(form, "urls")
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      ];
      if (urls.length === 0) return { kind: "error", error: "Paste at least one address, one per line." };
      if (urls.length > sourceLimits.urls)
        return { kind: "error", error: `At most ${sourceLimits.urls} addresses at once; you pasted ${urls.length}.` };
      return { kind: "sources", sources: urls.map((url) => ({ kind: "url", url })) };
    }
    case "files": {
      const files = form
        .getAll("files")
        .filter(isFile)
        .filter((file) => file.size > 0 || file.name !== "");
      if (files.length === 0) return { kind: "error", error: "Choose at least one file." };
      if (files.length > sourceLimits.files)
        return { kind: "error", error: `At most ${sourceLimits.files} files at once; you chose ${files.length}.` };
      const total = files.reduce((sum, file) => sum + file.size, 0);
      if (total > sourceLimits.fileBytes)
        return {
          kind: "error",
          error: `The files come to ${(total / 1024 / 1024).toFixed(1)} MB; at most ${sourceLimits.fileBytes / 1024 / 1024} MB at once. Upload fewer, or use roundup ingest.`,
        };
      const sources: SourceInput[] = [];
      for (const file of files)
        sources.push({
          kind: "file",
          name: file.name.slice(0, 300) || "unnamed",
          content: Buffer.from(await file.arrayBuffer()).toString("base64"),
        });
      return { kind: "sources", sources };
    }
    case "text": {
      const body = text(form, "text");
      if (body.trim() === "") return { kind: "error", error: "Paste the article's text." };
      if (body.length > sourceLimits.textCharacters)
        return {
          kind: "error",
          error: `At most ${sourceLimits.textCharacters.toLocaleString("en")} characters at once.`,
        };
      const title = text(form, "title").trim().slice(0, 500);
      return { kind: "sources", sources: [{ kind: "text", text: body, ...(title ? { title } : {}) }] };
    }
    case "feed": {
      const url = text(form, "url").trim();
      if (url === "") return { kind: "error", error: "Give the feed's address." };
      const every = text(form, "every").trim();
      const everyMinutes = every === "" ? 15 : Number(every);
      if (!Number.isInteger(everyMinutes))
        return { kind: "error", error: "Give the interval as a whole number of minutes." };
      return { kind: "feed", url, everyMinutes };
    }
    default:
      return { kind: "error", error: "Say what you are adding: addresses, files, text or a feed." };
  }
}
