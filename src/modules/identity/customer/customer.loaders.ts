/** Loaders of customer data: one SQL statement per batch, whatever the batch size. */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import { manyEach, oneEach } from "../../../shared/batching.js";
import { ADDRESS_COLUMNS, CUSTOMER_COLUMNS, toAddress, toCustomer, type Address, type AddressRow, type Customer, type CustomerRow } from "./customer.types.js";

/** Every loader here trusts its caller to have checked visibility (see identity.visibility.ts). */
export const createCustomerLoaders = {
  customerById: (source: DbSource) =>
    new DataLoader<string, Customer | null>(async (ids) => {
      const rows = await source.sql.query<CustomerRow>(`SELECT ${CUSTOMER_COLUMNS} FROM customer c WHERE c.id = ANY($1::uuid[])`, [ids]);
      return oneEach(ids, rows, (row) => row.id).map((row) => row && toCustomer(row));
    }),

  /** A customer's addresses, oldest first. */
  addressesByCustomer: (source: DbSource) =>
    new DataLoader<string, Address[]>(async (customerIds) => {
      const rows = await source.sql.query<AddressRow>(
        `SELECT ${ADDRESS_COLUMNS} FROM address a WHERE a.customer_id = ANY($1::uuid[]) ORDER BY a.customer_id, a.created_at, a.id`,
        [customerIds],
      );
      return manyEach(customerIds, rows, (row) => row.customer_id).map((list) => list.map(toAddress));
    }),

  addressById: (source: DbSource) =>
    new DataLoader<string, Address | null>(async (ids) => {
      const rows = await source.sql.query<AddressRow>(`SELECT ${ADDRESS_COLUMNS} FROM address a WHERE a.id = ANY($1::uuid[])`, [ids]);
      return oneEach(ids, rows, (row) => row.id).map((row) => row && toAddress(row));
    }),
};
