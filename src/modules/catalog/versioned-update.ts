/** Optimistic concurrency for catalog rows that carry a `version` (products, collections). */
import type { Tx } from "../../db/sql.js";
import { reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { assignments, SqlParams } from "../../shared/sql.js";
import { VersionConflict } from "../../shared/user-errors.js";

/** A versioned table: its name, the alias its column list uses, that list, and what to call a row in messages. */
export interface VersionedTable {
  table: "product" | "collection";
  alias: string;
  columns: string;
  noun: string;
}

/**
 * Applies `changes` (column → value; undefined leaves a column) and bumps the version in one
 * statement, only if the version is still the one the client read: a concurrent writer that got
 * there first makes this a VersionConflict, never a lost update. Problems name fields under `path`.
 */
export async function updateVersioned<Row>(tx: Tx, target: VersionedTable, id: string, version: number, changes: Record<string, unknown>, path: string[]): Promise<Row> {
  const { table, alias } = target;
  const params = new SqlParams();
  const set = [...assignments(params, changes), `version = ${alias}.version + 1`, "updated_at = now()"];
  const [row] = await tx.query<Row>(
    `UPDATE ${table} ${alias} SET ${set.join(", ")} WHERE ${alias}.id = ${params.add(id, "uuid")} AND ${alias}.version = ${params.add(version, "int")} RETURNING ${target.columns}`,
    params.values,
  );
  if (row) return row;
  const [current] = await tx.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1::uuid`, [id]);
  if (!current) reject([...path, "id"], `no such ${target.noun}`);
  throw new Rejection(VersionConflict.of([...path, "version"], current.version));
}
