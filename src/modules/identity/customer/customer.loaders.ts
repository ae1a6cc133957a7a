/** Loaders of customer data: one SQL statement per batch, whatever the batch size. */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import { Address, Customer } from "./customer.types.js";

/** Every loader here trusts its caller to have checked visibility (see identity.visibility.ts). */
export const createCustomerLoaders = {
  customerById: (source: DbSource) =>
    new DataLoader<string, Customer | null>(async (ids) => {
      const rows = await source.db.customer.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, Customer.fromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

  /** A customer's addresses, oldest first. */
  addressesByCustomer: (source: DbSource) =>
    new DataLoader<string, Address[]>(async (customerIds) => {
      const rows = await source.db.address.findMany({ where: { customerId: { in: [...customerIds] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      const byCustomer = new Map<string, Address[]>(customerIds.map((id) => [id, []]));
      for (const row of rows) byCustomer.get(row.customerId)?.push(Address.fromRow(row));
      return customerIds.map((id) => byCustomer.get(id)!);
    }),

  addressById: (source: DbSource) =>
    new DataLoader<string, Address | null>(async (ids) => {
      const rows = await source.db.address.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, Address.fromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
};
