/**
 * GraphiQL served entirely from this server's own npm dependencies, so the playground works
 * offline. The page loads only same-origin scripts, which the default Content-Security-Policy allows.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { Router } from "express";

const require = createRequire(import.meta.url);
const reactDir = path.dirname(require.resolve("react"));
const reactDomDir = path.dirname(require.resolve("react-dom"));

const ASSETS: Record<string, string> = {
  "react.js": path.join(reactDir, "umd/react.production.min.js"),
  "react-dom.js": path.join(reactDomDir, "umd/react-dom.production.min.js"),
  "graphiql.js": require.resolve("graphiql/graphiql.min.js"),
  "graphiql.css": require.resolve("graphiql/graphiql.min.css"),
};

const START_SCRIPT = `
const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).toString() });
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, defaultQuery: "{ hello }\\n" })
);
`;

/** The HTML page of the playground. */
export const PLAYGROUND_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Larder GraphQL playground</title>
<link rel="stylesheet" href="/playground/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/start.js"></script>
</body>
</html>
`;

/** Static assets of the playground under `/playground/`, cached for a day. */
export function playgroundAssets(): Router {
  const router = Router();
  router.get("/playground/start.js", (_req, res) => {
    res.type("application/javascript").send(START_SCRIPT);
  });
  router.get("/playground/:asset", (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: "1d" });
  });
  return router;
}
