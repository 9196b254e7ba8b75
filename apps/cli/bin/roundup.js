#!/usr/bin/env node
// The `roundup` command runs the compiled CLI (dist/, built by `npm run build` in apps/cli or by turbo).
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("roundup: the CLI is not built yet; run `npx turbo run build --filter=@roundup/cli` first\n");
  process.exit(2);
}
await import(main.href);
