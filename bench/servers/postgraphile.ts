/**
 * PostGraphile 5 over Larder's own tables, the peer a team choosing a GraphQL layer over
 * PostgreSQL would compare with: the Amber preset, in production mode, with index behaviours off so
 * its connections filter and order on any column (as Larder's lists do, e.g. variants by position).
 * It counts the SQL statements its pool runs and reports the count over IPC when asked.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
let statements = 0;
// Every statement PostGraphile sends goes through a pooled client's query().
pool.on("connect", (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements += 1;
    return query(...args);
  };
});

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  grafserv: { graphqlPath: "/graphql", watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server);
await pgl.getSchema();
process.on("message", (message: { statements?: true }) => {
  if (message.statements) process.send!({ statements });
});
server.listen(0, "127.0.0.1", () => process.send!({ port: (server.address() as AddressInfo).port }));
