/** Loaders of staff and roles: one SQL statement per batch. Callers check visibility first. */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import { manyEach, oneEach } from "../../../shared/batching.js";
import { ROLE_COLUMNS, STAFF_COLUMNS, toRole, toStaff, type Role, type RoleRow, type Staff, type StaffRow } from "./staff.types.js";

export const createStaffLoaders = {
  staffById: (source: DbSource) =>
    new DataLoader<string, Staff | null>(async (ids) => {
      const rows = await source.sql.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.id = ANY($1::uuid[])`, [ids]);
      return oneEach(ids, rows, (row) => row.id).map((row) => row && toStaff(row));
    }),

  roleById: (source: DbSource) =>
    new DataLoader<string, Role | null>(async (ids) => {
      const rows = await source.sql.query<RoleRow>(`SELECT ${ROLE_COLUMNS} FROM role r WHERE r.id = ANY($1::uuid[])`, [ids]);
      return oneEach(ids, rows, (row) => row.id).map((row) => row && toRole(row));
    }),

  /** A staff member's roles by name. */
  rolesByStaff: (source: DbSource) =>
    new DataLoader<string, Role[]>(async (staffIds) => {
      const rows = await source.sql.query<RoleRow & { staff_id: string }>(
        `SELECT sr.staff_id, ${ROLE_COLUMNS} FROM staff_role sr JOIN role r ON r.id = sr.role_id
          WHERE sr.staff_id = ANY($1::uuid[]) ORDER BY sr.staff_id, r.name, r.id`,
        [staffIds],
      );
      return manyEach(staffIds, rows, (row) => row.staff_id).map((list) => list.map(toRole));
    }),
};
