/** Signed-in test callers, made by writing accounts and sessions straight into the test database. */
import { randomUUID } from "node:crypto";
import { createSession } from "../../src/modules/identity/sessions.js";
import type { Permission } from "../../src/modules/identity/permission.js";
import type { TestServer } from "./server.js";

/** Headers of a staff member holding exactly `permissions`. */
export async function staffHeaders(server: TestServer, permissions: Permission[]): Promise<{ authorization: string; staffId: string }> {
  const db = server.database.prisma;
  const suffix = randomUUID().slice(0, 8);
  const role = await db.role.create({ data: { name: `test-role-${suffix}`, permissions } });
  const staff = await db.staff.create({
    data: { email: `staff-${suffix}@example.test`, passwordHash: "not-a-login", name: `Staff ${suffix}`, roles: { create: { roleId: role.id } } },
  });
  const { token } = await createSession(db, { staffId: staff.id });
  return { authorization: `Bearer ${token}`, staffId: staff.id };
}

/** Headers of a new customer. */
export async function customerHeaders(server: TestServer): Promise<{ authorization: string; customerId: string }> {
  const db = server.database.prisma;
  const suffix = randomUUID().slice(0, 8);
  const customer = await db.customer.create({
    data: { email: `customer-${suffix}@example.test`, passwordHash: "not-a-login", firstName: "Test", lastName: suffix },
  });
  const { token } = await createSession(db, { customerId: customer.id });
  return { authorization: `Bearer ${token}`, customerId: customer.id };
}
