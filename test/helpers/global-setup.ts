/**
 * Once per run: a build of `dist/` no older than `src/`, and one embedded PostgreSQL in a temporary
 * folder with a migrated template database; every test file clones the template into a database
 * of its own.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/db/embedded.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { ensureFreshBuild } from "./fresh-build.js";
import { freePort } from "./ports.js";

export const TEMPLATE_DATABASE = "larder_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
    /** Whether the checkout's `.data` existed before the run (see checkout-guard.ts). */
    checkoutDataExisted: boolean;
  }
}

let cluster: EmbeddedPostgres | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureFreshBuild();
  project.provide("checkoutDataExisted", existsSync(".data"));
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
