import DataLoader from "dataloader";
import type { DbSource } from "../../db-source.js";
import type { Greeting } from "./hello.types.js";

/** Loaders of the hello module: one SQL statement per batch, whatever the batch size. */
export const createHelloLoaders = {
  greetingByName: (source: DbSource) =>
    new DataLoader<string, Greeting | null>(async (names) => {
      const rows = await source.db.greeting.findMany({ where: { name: { in: [...names] } } });
      const byName = new Map(rows.map((r) => [r.name, { name: r.name, timesGreeted: r.count, firstGreetedAt: r.createdAt }]));
      return names.map((name) => byName.get(name) ?? null);
    }),
};
