/** The runtime is the `node` package pinned in package.json, and graphql-shield is patched to load on it. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pinned = (JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> }).dependencies.node;

describe("the runtime", () => {
  it("is the Node pinned in package.json (npm scripts put its binary first on PATH), matching .nvmrc", () => {
    expect(process.versions.node).toBe(pinned);
    expect(process.versions.node.split(".")[0]).toBe(readFileSync(".nvmrc", "utf8").trim());
  });

  it("loads both builds of graphql-shield and evaluates its logic rules (patches/graphql-shield+7.6.5.patch)", () => {
    // A plain Node process loads the package exactly as `npm start` does, without Vite's resolution.
    const script = `
      import { createRequire } from "node:module";
      const builds = [await import("graphql-shield"), createRequire(import.meta.url)("graphql-shield")];
      const results = [];
      for (const { allow, deny, chain, race } of builds) results.push(await chain(allow, allow).resolve(), await race(deny, deny).resolve());
      process.stdout.write(JSON.stringify(results));
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "--eval", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([true, false, true, false]);
  });
});
