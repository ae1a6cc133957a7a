/** Writes or checks the committed `schema.graphql`: `node dist/src/schema-file.js write|check`. */
import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildBareSchema } from "./schema.js";

const FILE = "schema.graphql";
const HEADER = "# Generated from the resolvers by `npm run generate`. Do not edit by hand.\n\n";

/** The schema as SDL, sorted so that the file only changes when the API does. */
export async function renderSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildBareSchema())) + "\n";
}

async function run(command: string | undefined): Promise<number> {
  const rendered = await renderSchema();
  if (command === "write") {
    writeFileSync(FILE, rendered);
    return 0;
  }
  if (command === "check") {
    let committed = "";
    try {
      committed = readFileSync(FILE, "utf8");
    } catch {
      committed = "";
    }
    if (committed === rendered) return 0;
    process.stderr.write(`${FILE} is stale: run \`npm run generate\` and commit the result\n`);
    return 1;
  }
  process.stderr.write("usage: schema-file write|check\n");
  return 2;
}

process.exitCode = await run(process.argv[2]);
