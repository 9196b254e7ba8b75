import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/roundup.js", import.meta.url));
const built = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

/** The `roundup` command as shipped (bin/roundup.js over dist/), for the tests that need a real process. */
export function builtCommand(): string {
  if (!existsSync(built))
    throw new Error(`${built} is missing: build the CLI first (npx turbo run build --filter=@roundup/cli)`);
  return bin;
}
