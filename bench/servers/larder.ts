/** The full Larder stack in production mode: express, helmet, CORS, logging, shield, limits, Prisma pool. */
import "reflect-metadata";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { readinessCheck } from "../../src/db/readiness.js";
import { startServer } from "../../src/server.js";
import { createLogger } from "../../src/shared/logger.js";

// The load generator is one client at one address: its cost bucket is made big enough never to run
// dry (a billion points, restored each second: a page of 481 points answered from the response cache
// 10,000 times a second spends 5 million), so every request is still priced and debited but none is
// throttled. With the default lease (COST_LEASE_PERCENT, 5 %: 50 million points) the debit is in
// memory, and the server takes a lease from the bucket with one statement once per 50 million
// points spent; COST_LEASE_PERCENT=0 in the environment debits the bucket with a statement per
// request instead.
const bigBucket = { COST_BUCKET_SIZE: "1000000000", COST_RESTORE_RATE: "1000000000", STAFF_COST_BUCKET_SIZE: "1000000000", STAFF_COST_RESTORE_RATE: "1000000000" };
const config = loadConfig({ ...bigBucket, ...process.env, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1" });
const databaseUrl = process.env.DATABASE_URL!;
const database = openDatabase(databaseUrl, { preparedPerConnection: config.preparedStatements });
const server = await startServer({ config, sql: database.sql, pool: database.pool, log: createLogger(config.logLevel).log, checkReadiness: readinessCheck(database.pool) });
process.send!({ port: server.port });
