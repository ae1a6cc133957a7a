/**
 * How test servers execute operations: `compiled` (graphql-jit) unless LARDER_TEST_EXECUTION says
 * `interpreted` (graphql-js, which production uses for most operations). vitest.config.ts runs the
 * files that check permissions, masking, typed errors and hostile input both ways.
 */
export const COMPILE_AFTER = { compiled: "0", interpreted: "1000000" } as const;

export const TEST_EXECUTION = executionMode(process.env.LARDER_TEST_EXECUTION);

function executionMode(value: string | undefined): keyof typeof COMPILE_AFTER {
  if (value === undefined || value === "compiled") return "compiled";
  if (value === "interpreted") return value;
  throw new Error(`LARDER_TEST_EXECUTION must be compiled or interpreted, got ${JSON.stringify(value)}`);
}
