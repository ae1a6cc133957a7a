/**
 * `npm run storefront` (from the repository root, after its build): the API, as `npm start` runs
 * it (the embedded PostgreSQL; the demo catalog on a new database), and this storefront's Vite
 * dev server, which forwards /graphql and /images to it. Ctrl-C stops both.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createServer } from "vite";

const repository = path.resolve(import.meta.dirname, "../..");
const port = process.env.PORT ?? "4000";
const apiUrl = `http://127.0.0.1:${port}`;

// The API's request log would drown Vite's output: it logs warnings and errors only, unless told otherwise.
const api = spawn(process.execPath, ["dist/src/main.js"], { cwd: repository, stdio: "inherit", env: { LOG_LEVEL: "warn", ...process.env, PORT: port } });
api.on("exit", (code) => process.exit(code ?? 1));

// The first start of an empty database takes a few seconds (initdb, migrations, the demo catalog).
for (let ready = false; !ready; ) {
  ready = await fetch(`${apiUrl}/readyz`).then((r) => r.ok, () => false);
  if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
}
process.env.LARDER_API_URL = apiUrl;
const vite = await createServer({ root: import.meta.dirname });
await vite.listen();
console.log(`API at ${apiUrl}/graphql; the storefront:`);
vite.printUrls();

const stop = async () => {
  await vite.close();
  api.kill("SIGTERM");
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
