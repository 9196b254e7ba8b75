import path from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled sample articles (a copy of the seed corpus), imported by `roundup setup`. */
export const sampleCorpusFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../samples/seeds");
