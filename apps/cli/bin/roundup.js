#!/usr/bin/env node
// The packages ship TypeScript sources; tsx compiles them on the fly so the CLI needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
