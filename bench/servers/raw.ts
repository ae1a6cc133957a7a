/** Baseline: node:http answering `{ hello }` by hand. */
import http from "node:http";
import type { AddressInfo } from "node:net";

const answer = JSON.stringify({ data: { hello: "Hello, World!" } });
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query?: string };
    if (req.url !== "/graphql" || typeof body.query !== "string") {
      res.writeHead(400).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(answer);
  });
});
server.listen(0, "127.0.0.1", () => process.send!({ port: (server.address() as AddressInfo).port }));
