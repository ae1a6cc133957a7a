/**
 * One embedded PostgreSQL for the whole run, in a temporary folder, with a migrated template
 * database; every test file clones the template into a database of its own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/db/embedded.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { freePort } from "./ports.js";

export const TEMPLATE_DATABASE = "larder_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

let cluster: EmbeddedPostgres | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-test-"));
  cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: TEMPLATE_DATABASE });
  await applyMigrations(cluster.urlFor(TEMPLATE_DATABASE));
  project.provide("adminUrl", cluster.urlFor("postgres"));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
