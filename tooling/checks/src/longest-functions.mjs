#!/usr/bin/env node
// Prints the longest functions of the TypeScript sources (lines from a function's first line to its
// last), longest first: `node tooling/scripts/longest-functions.mjs [folder…] [--top N]`.
// Tests and generated code are left out. A refactoring's figures come from here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const args = process.argv.slice(2);
const topIndex = args.indexOf("--top");
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 15;
const roots = args.filter((arg, index) => !arg.startsWith("--") && index !== topIndex + 1);
if (roots.length === 0) roots.push("apps", "packages");

function* sourceFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (["node_modules", "generated", "dist", ".next"].includes(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) yield full;
  }
}

function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))) return parent.name.getText();
  return "(anonymous)";
}

const found = [];
for (const root of roots)
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        found.push({ lines: end - start + 1, name: nameOf(node), where: `${file}:${start + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
found.sort((a, b) => b.lines - a.lines);
for (const { lines, name, where } of found.slice(0, top))
  console.log(`${String(lines).padStart(5)}  ${name}  ${where}`);
