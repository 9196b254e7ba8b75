import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Folders that hold support code rather than a capability: not expected in the layout. */
const supportFolders = new Set(["testing", "generated", "node_modules"]);

function folders(parent: string): string[] {
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !supportFolders.has(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** The README's layout: the first fenced block under `## Architecture`, as folder → its listed `src/` folders. */
function readLayout(readme: string): Map<string, Set<string>> {
  const section = readme.split(/^## Architecture\s*$/m)[1] ?? "";
  const block = /```[^\n]*\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const layout = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of block.split("\n")) {
    const top = /^([\w.-]+\/[\w.-]+)\s/.exec(line);
    if (top?.[1]) {
      current = new Set();
      layout.set(top[1], current);
      continue;
    }
    const source = /^\s+src\/([\w.-]+)\s/.exec(line);
    if (source?.[1]) current?.add(source[1]);
  }
  return layout;
}

/**
 * What the README's architecture layout leaves out, so a newcomer finds every capability from the
 * folder names: each folder of apps/, packages/ and tooling/, and, for a package whose `src/`
 * folders the layout lists, each of them (support folders such as `testing` aside).
 */
export function findLayoutGaps(root: string): string[] {
  const layout = readLayout(readFileSync(path.join(root, "README.md"), "utf8"));
  const gaps: string[] = [];
  for (const group of ["apps", "packages", "tooling"])
    for (const name of folders(path.join(root, group))) {
      const folder = `${group}/${name}`;
      const listed = layout.get(folder);
      if (!listed) {
        gaps.push(folder);
        continue;
      }
      if (listed.size === 0) continue;
      for (const source of folders(path.join(root, folder, "src")))
        if (!listed.has(source)) gaps.push(`${folder}/src/${source}`);
    }
  return gaps;
}
