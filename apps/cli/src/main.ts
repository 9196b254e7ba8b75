// The `roundup` process: runs the command line on this process's arguments, streams and signals.
import { processIo } from "./process-io.js";
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), processIo());
