import { createRequire } from "node:module";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Files that check what a client may see and get back (permissions, masking, typed errors, hostile
 * input): they run a second time with test servers that execute every operation with graphql-js,
 * as production does for most operations, besides the run where everything is compiled.
 */
const BOTH_WAYS = [
  "test/hello.test.ts",
  "test/http.test.ts",
  "test/hostile-input.test.ts",
  "test/production.test.ts",
  "test/node.test.ts",
  "test/identity-rules.test.ts",
  "test/identity-account.test.ts",
  "test/identity-staff.test.ts",
  "test/catalog/product-mutations.test.ts",
  "test/events/failed-jobs.test.ts",
  "test/catalog/variant-collection-mutations.test.ts",
  "test/commerce/amount-limits.test.ts",
  "test/commerce/checkout.test.ts",
  "test/commerce/inventory.test.ts",
  "test/commerce/orders.test.ts",
  "test/payments/refunds.test.ts",
  "test/payments/cancel.test.ts",
  "test/commerce/guest-order-access.test.ts",
  "test/commerce/checkout-addresses.test.ts",
  "test/cost.test.ts",
  "test/cost-answers.test.ts",
  "test/cost-transports.test.ts",
  "test/webhooks/endpoints.test.ts",
];

function project(name: string, include: string[], env: Record<string, string> = {}): TestProjectInlineConfiguration {
  return {
    // graphql 16 ships CJS and ESM builds; type-graphql loads the CJS one, so the tests must too
    // (Node itself picks the CJS one; Vite would otherwise pick the ESM one and have two realms).
    resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
    test: {
      name,
      include,
      env,
      setupFiles: ["reflect-metadata", "test/helpers/checkout-guard.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: "forks",
    },
  };
}

export default defineConfig({
  test: {
    // Runs once for both projects: one PostgreSQL, and a fresh dist/ for the spawned servers.
    globalSetup: ["test/helpers/global-setup.ts"],
    // Tests of a file run in a random order (the seed is printed), so none can lean on another.
    sequence: { shuffle: { files: false, tests: true } },
    projects: [project("compiled", ["test/**/*.test.ts"]), project("interpreted", BOTH_WAYS, { LARDER_TEST_EXECUTION: "interpreted" })],
  },
});
