/** Signed-in test callers, made by writing accounts and sessions straight into the test database. */
import { randomUUID } from "node:crypto";
import { createSession } from "../../src/modules/identity/sessions.js";
import type { Permission } from "../../src/modules/identity/permission.js";
import type { TestServer } from "./server.js";

/** Headers of a staff member holding exactly `permissions`. */
export async function staffHeaders(server: TestServer, permissions: Permission[]): Promise<{ authorization: string; staffId: string }> {
  const db = server.database.sql;
  const suffix = randomUUID().slice(0, 8);
  const [roleId, staffId] = [randomUUID(), randomUUID()];
  await db.execute`INSERT INTO role (id, name, permissions, updated_at) VALUES (${roleId}::uuid, ${`test-role-${suffix}`}, ${permissions}::"Permission"[], now())`;
  await db.execute`
    INSERT INTO staff (id, email, password_hash, name, updated_at) VALUES (${staffId}::uuid, ${`staff-${suffix}@example.test`}, 'not-a-login', ${`Staff ${suffix}`}, now())`;
  await db.execute`INSERT INTO staff_role (staff_id, role_id) VALUES (${staffId}::uuid, ${roleId}::uuid)`;
  const { token } = await createSession(db, { staffId });
  return { authorization: `Bearer ${token}`, staffId };
}

/** Headers of a new customer. */
export async function customerHeaders(server: TestServer): Promise<{ authorization: string; customerId: string }> {
  const db = server.database.sql;
  const suffix = randomUUID().slice(0, 8);
  const customerId = randomUUID();
  await db.execute`
    INSERT INTO customer (id, email, password_hash, first_name, last_name, updated_at)
    VALUES (${customerId}::uuid, ${`customer-${suffix}@example.test`}, 'not-a-login', 'Test', ${suffix}, now())`;
  const { token } = await createSession(db, { customerId });
  return { authorization: `Bearer ${token}`, customerId };
}
