/**
 * Runs after every test file: a run that started without the checkout's `.data` (CI, a fresh
 * clone) must not create it, since that folder is the developer's own database and images. A
 * server a test starts needs a DATA_DIR of its own (helpers/server.ts, helpers/process.ts).
 */
import { existsSync } from "node:fs";
import { afterAll, expect, inject } from "vitest";

afterAll(() => {
  if (!inject("checkoutDataExisted")) expect(existsSync(".data"), "a test wrote into the checkout's .data").toBe(false);
});
