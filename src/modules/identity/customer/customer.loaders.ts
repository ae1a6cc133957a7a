/** Loaders of customer data: one SQL statement per batch, whatever the batch size. */
import DataLoader from "dataloader";
import type { DbSource } from "../../../loaders.js";
import { Customer } from "./customer.types.js";

/** Every loader here trusts its caller to have checked visibility. */
export const createCustomerLoaders = {
  customerById: (source: DbSource) =>
    new DataLoader<string, Customer | null>(async (ids) => {
      const rows = await source.db.customer.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, Customer.fromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
};
