/** The full Larder stack in production mode: express, helmet, CORS, logging, shield, limits, Prisma pool. */
import "reflect-metadata";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { readinessCheck } from "../../src/db/readiness.js";
import { startServer } from "../../src/server.js";
import { createLogger } from "../../src/shared/logger.js";

const config = loadConfig({ ...process.env, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1" });
const databaseUrl = process.env.DATABASE_URL!;
const database = openDatabase(databaseUrl);
const server = await startServer({ config, sql: database.sql, pool: database.pool, log: createLogger(config.logLevel).log, checkReadiness: readinessCheck(database.pool) });
process.send!({ port: server.port });
