/**
 * The example storefront (examples/storefront) in a real browser: built by Vite in development
 * mode (so React and Apollo Client run their development builds and print their warnings),
 * served by Vite's preview server on a free port with /graphql and /images forwarded to a test
 * server, and driven by Playwright in Debian's Chromium.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { preview } from "vite";

export const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve("examples/storefront");

/**
 * Whether the browser tests run here: Chromium is installed, or CI is set, where a missing
 * Chromium fails them (`.ci/run` installs it) instead of skipping them unnoticed.
 */
export const browserTestsRun = existsSync(CHROMIUM) || Boolean(process.env.CI);

export interface Storefront {
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds the storefront into a scratch folder and serves it, forwarding the API's paths to
 * `apiOrigin`. The build runs in its own process with NODE_ENV=development: Vite then resolves
 * the packages' development builds, as its dev server does.
 */
export async function startStorefront(apiOrigin: string): Promise<Storefront> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "larder-storefront-"));
  const vite = path.resolve("node_modules/vite/bin/vite.js");
  const built = spawnSync(process.execPath, [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development" },
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`the storefront did not build:\n${built.stdout}${built.stderr}`);
  const proxy = { "/graphql": apiOrigin, "/images": apiOrigin };
  const server = await preview({
    root: ROOT,
    logLevel: "error",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, proxy },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's Chromium, headless. Playwright gives every launch a new, empty profile folder
 * (`--user-data-dir`) and removes it on close. The other flags keep Chromium from reaching out
 * to Google's services, which a closed network refuses, and root needs `--no-sandbox`.
 */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium); CI must run the browser tests`);
  const flags = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...(process.getuid?.() === 0 ? ["--no-sandbox"] : []), ...flags] });
}

/**
 * Collects what must not happen on `page`: console warnings and errors (React's and Apollo's
 * development warnings among them), uncaught exceptions, failed requests and HTTP errors.
 * `take` returns and forgets what was collected.
 */
export function watchPage(page: Page): { take(): string[] } {
  let problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return {
    take() {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}

/** With STOREFRONT_SCREENSHOTS=1, saves the page as docs/storefront/<name>.png (the pictures of docs/storefront.md). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.STOREFRONT_SCREENSHOTS !== "1") return;
  await page.screenshot({ path: path.join("docs/storefront", `${name}.png`) });
}
