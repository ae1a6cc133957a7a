import DataLoader from "dataloader";
import type { DbSource } from "../../db-source.js";
import { oneEach } from "../../shared/batching.js";
import { GREETING_COLUMNS, toGreeting, type Greeting, type GreetingRow } from "./hello.types.js";

/** Loaders of the hello module: one SQL statement per batch, whatever the batch size. */
export const createHelloLoaders = {
  greetingByName: (source: DbSource) =>
    new DataLoader<string, Greeting | null>(async (names) => {
      const rows = await source.sql.query<GreetingRow>(`SELECT ${GREETING_COLUMNS} FROM greeting g WHERE g.name = ANY($1::text[])`, [names]);
      return oneEach(names, rows, (row) => row.name).map((row) => row && toGreeting(row));
    }),
};
