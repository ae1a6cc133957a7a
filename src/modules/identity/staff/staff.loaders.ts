/** Loaders of staff and roles: one SQL statement per batch. Callers check visibility first. */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import type { Permission } from "../permission.js";
import { Role, Staff } from "./staff.types.js";

interface StaffRoleRow {
  staff_id: string;
  id: string;
  name: string;
  permissions: Permission[];
  created_at: Date;
  updated_at: Date;
}

export const createStaffLoaders = {
  staffById: (source: DbSource) =>
    new DataLoader<string, Staff | null>(async (ids) => {
      const rows = await source.db.staff.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, Staff.fromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

  roleById: (source: DbSource) =>
    new DataLoader<string, Role | null>(async (ids) => {
      const rows = await source.db.role.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, Role.fromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

  /** A staff member's roles by name; a join Prisma would split into two statements. */
  rolesByStaff: (source: DbSource) =>
    new DataLoader<string, Role[]>(async (staffIds) => {
      const rows = await source.db.$queryRaw<StaffRoleRow[]>`
        SELECT sr.staff_id, r.id, r.name, r.permissions::text[] AS permissions, r.created_at, r.updated_at
        FROM staff_role sr JOIN role r ON r.id = sr.role_id
        WHERE sr.staff_id = ANY(${[...staffIds]}::uuid[])
        ORDER BY r.name, r.id`;
      const byStaff = new Map<string, Role[]>(staffIds.map((id) => [id, []]));
      for (const row of rows) {
        byStaff.get(row.staff_id)?.push(Role.fromRow({ id: row.id, name: row.name, permissions: row.permissions, createdAt: row.created_at, updatedAt: row.updated_at }));
      }
      return staffIds.map((id) => byStaff.get(id)!);
    }),
};
