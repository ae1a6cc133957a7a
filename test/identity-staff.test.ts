import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSuperAdmin } from "../src/modules/identity/staff/bootstrap.js";
import { graphql } from "./gql/index.js";
import { staffHeaders } from "./helpers/auth.js";
import { createTestDatabase, query } from "./helpers/database.js";
import { signedInCustomer, uniqueEmail } from "./helpers/identity.js";
import { spawnServer } from "./helpers/process.js";
import { freePort } from "./helpers/ports.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const CreateRole = graphql(`
  mutation CreateRole($name: String!, $permissions: [Permission!]!) {
    createRole(input: { name: $name, permissions: $permissions }) {
      __typename
      ... on RoleCreated {
        role {
          id
          name
          permissions
        }
      }
      ... on PermissionNotHeld {
        permissions
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const UpdateRole = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      __typename
      ... on RoleUpdated {
        role {
          name
          permissions
        }
      }
      ... on PermissionNotHeld {
        permissions
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const CreateStaff = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      __typename
      ... on StaffCreated {
        staff {
          id
          email
          permissions
          roles {
            name
          }
        }
      }
      ... on PermissionNotHeld {
        permissions
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const SetStaffRoles = graphql(`
  mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {
    setStaffRoles(input: { staffId: $staffId, roleIds: $roleIds }) {
      __typename
      ... on StaffUpdated {
        staff {
          permissions
        }
      }
      ... on PermissionNotHeld {
        permissions
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const UpdateStaff = graphql(`
  mutation UpdateStaff($input: UpdateStaffInput!) {
    updateStaff(input: $input) {
      __typename
      ... on StaffUpdated {
        staff {
          name
          active
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const LoginStaff = graphql(`
  mutation LoginStaff($email: String!, $password: String!) {
    loginStaff(input: { email: $email, password: $password }) {
      __typename
      ... on StaffLoggedIn {
        token
        staff {
          email
          permissions
        }
      }
    }
  }
`);

const StaffDirectory = graphql(`
  query StaffDirectory {
    currentStaff {
      id
      email
      permissions
    }
    staffMembers {
      email
    }
    roles {
      name
    }
  }
`);

const CurrentStaff = graphql(`
  query CurrentStaff {
    currentStaff {
      id
      email
      roles {
        name
      }
    }
  }
`);

const StaffNode = graphql(`
  query StaffNode($id: ID!) {
    node(id: $id) {
      ... on Staff {
        email
      }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const as = (headers: { authorization: string }) => ({ headers: { authorization: headers.authorization } });
const snapshot = () => query(server.databaseUrl, "SELECT (SELECT json_agg(r ORDER BY r.id) FROM role r) AS roles, (SELECT json_agg(s ORDER BY s.id) FROM staff s) AS staff, (SELECT json_agg(sr ORDER BY sr.staff_id, sr.role_id) FROM staff_role sr) AS staff_roles");
const roleId = async (admin: { authorization: string }, name: string, permissions: string[]) => {
  const { body } = await server.gql(CreateRole, { name, permissions: permissions as never }, as(admin));
  if (body.data?.createRole.__typename !== "RoleCreated") throw new Error(JSON.stringify(body));
  return body.data.createRole.role.id;
};

describe("who may manage staff", () => {
  it("refuses anonymous callers (UNAUTHENTICATED), customers and staff without STAFF_WRITE (FORBIDDEN), changing nothing", async () => {
    const customer = await signedInCustomer(server);
    const reader = await staffHeaders(server, ["STAFF_READ"]);
    const before = await snapshot();
    for (const [headers, code] of [[{}, "UNAUTHENTICATED"], [customer.authorization, "FORBIDDEN"], [{ authorization: reader.authorization }, "FORBIDDEN"]] as const) {
      const role = await server.gql(CreateRole, { name: "Sneaky", permissions: ["STAFF_WRITE"] }, { headers });
      expect(role.body).toMatchObject({ data: null, errors: [{ extensions: { code } }] });
      const staff = await server.gql(CreateStaff, { input: { email: uniqueEmail(), name: "Sneaky", password: "long enough password", roleIds: [] } }, { headers });
      expect(staff.body.errors?.[0].extensions?.code).toBe(code);
    }
    for (const [headers, code] of [[{}, "UNAUTHENTICATED"], [customer.authorization, "FORBIDDEN"]] as const) {
      const directory = await server.gql(StaffDirectory, undefined, { headers });
      // Each denied field is null on its own; the rest of the answer stays.
      expect(directory.body.data).toEqual({ currentStaff: null, staffMembers: null, roles: null });
      expect(directory.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
        [["staffMembers"], code],
        [["roles"], code],
      ]);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("no privilege escalation", () => {
  it("cannot create or widen a role with a permission the actor lacks", async () => {
    const admin = await staffHeaders(server, ["STAFF_WRITE", "STAFF_READ", "CATALOG_READ"]);
    const before = await snapshot();
    const created = await server.gql(CreateRole, { name: "Too strong", permissions: ["CATALOG_READ", "PAYMENTS_WRITE", "ORDERS_WRITE"] }, as(admin));
    expect(created.body.data?.createRole).toEqual({
      __typename: "PermissionNotHeld",
      permissions: ["ORDERS_WRITE", "PAYMENTS_WRITE"],
      code: "PERMISSION_NOT_HELD",
      message: "You cannot grant permissions you do not hold",
      path: ["input", "permissions"],
    });
    expect(await snapshot()).toEqual(before);

    const id = await roleId(admin, "Catalog viewers", ["CATALOG_READ", "CATALOG_READ"]);
    const beforeWidening = await snapshot();
    const widened = await server.gql(UpdateRole, { input: { id, permissions: ["CATALOG_READ", "SETTINGS_WRITE"] } }, as(admin));
    expect(widened.body.data?.updateRole).toMatchObject({ __typename: "PermissionNotHeld", permissions: ["SETTINGS_WRITE"], path: ["input", "permissions"] });
    expect(await snapshot()).toEqual(beforeWidening);
    const renamed = await server.gql(UpdateRole, { input: { id, name: "Catalogue viewers" } }, as(admin));
    expect(renamed.body.data?.updateRole).toEqual({ __typename: "RoleUpdated", role: { name: "Catalogue viewers", permissions: ["CATALOG_READ"] } });
  });

  it("cannot change a role that holds permissions the actor lacks, nor take a name already used", async () => {
    const strong = await staffHeaders(server, ["STAFF_WRITE", "PAYMENTS_WRITE"]);
    const weak = await staffHeaders(server, ["STAFF_WRITE"]);
    const id = await roleId(strong, "Refunds", ["PAYMENTS_WRITE"]);
    await roleId(strong, "Taken", []);
    const before = await snapshot();
    const emptied = await server.gql(UpdateRole, { input: { id, permissions: [] } }, as(weak));
    expect(emptied.body.data?.updateRole).toMatchObject({ __typename: "PermissionNotHeld", permissions: ["PAYMENTS_WRITE"], message: "You cannot change a role that has permissions you do not hold" });
    expect((await server.gql(UpdateRole, { input: { id, name: "Taken" } }, as(strong))).body.data?.updateRole).toMatchObject({ __typename: "RoleNameTaken", code: "ROLE_NAME_TAKEN", path: ["input", "name"] });
    expect((await server.gql(CreateRole, { name: " Taken ", permissions: [] }, as(strong))).body.data?.createRole).toMatchObject({ __typename: "RoleNameTaken" });
    expect(await snapshot()).toEqual(before);
  });

  it("cannot give staff a role with permissions the actor lacks, nor manage staff who outrank the actor", async () => {
    const boss = await staffHeaders(server, ["STAFF_WRITE", "STAFF_READ", "PAYMENTS_WRITE"]);
    const manager = await staffHeaders(server, ["STAFF_WRITE", "STAFF_READ"]);
    const refunds = await roleId(boss, "Refund desk", ["PAYMENTS_WRITE"]);
    const readers = await roleId(manager, "Staff readers", ["STAFF_READ"]);
    const before = await snapshot();

    const hired = await server.gql(CreateStaff, { input: { email: uniqueEmail("clerk"), name: "Clerk", password: "long enough password", roleIds: [readers, refunds] } }, as(manager));
    expect(hired.body.data?.createStaff).toMatchObject({ __typename: "PermissionNotHeld", permissions: ["PAYMENTS_WRITE"], path: ["input", "roleIds"] });
    const bossId = Buffer.from(`Staff:${boss.staffId}`).toString("base64url");
    const demoted = await server.gql(SetStaffRoles, { staffId: bossId, roleIds: [] }, as(manager));
    expect(demoted.body.data?.setStaffRoles).toMatchObject({ __typename: "PermissionNotHeld", permissions: ["PAYMENTS_WRITE"], path: ["input", "staffId"], message: "You cannot manage staff who hold permissions you do not" });
    const deactivated = await server.gql(UpdateStaff, { input: { id: bossId, active: false } }, as(manager));
    expect(deactivated.body.data?.updateStaff).toMatchObject({ __typename: "PermissionNotHeld", path: ["input", "id"] });
    const selfPromoted = await server.gql(SetStaffRoles, { staffId: Buffer.from(`Staff:${manager.staffId}`).toString("base64url"), roleIds: [refunds] }, as(manager));
    expect(selfPromoted.body.data?.setStaffRoles).toMatchObject({ __typename: "PermissionNotHeld", permissions: ["PAYMENTS_WRITE"] });
    expect(await snapshot()).toEqual(before);
  });

  it("cannot take STAFF_WRITE away from oneself, by roles or by deactivation", async () => {
    const admin = await staffHeaders(server, ["STAFF_WRITE"]);
    const self = Buffer.from(`Staff:${admin.staffId}`).toString("base64url");
    const nothing = await roleId(admin, "Nothing", []);
    const [ownRole] = await query<{ role_id: string }>(server.databaseUrl, "SELECT role_id FROM staff_role WHERE staff_id = $1", [admin.staffId]);
    const before = await snapshot();
    expect((await server.gql(SetStaffRoles, { staffId: self, roleIds: [nothing] }, as(admin))).body.data?.setStaffRoles).toEqual({
      __typename: "CannotModifySelf",
      code: "CANNOT_MODIFY_SELF",
      message: "This change would take STAFF_WRITE away from you",
      path: ["input", "roleIds"],
    });
    const ownRoleId = Buffer.from(`Role:${ownRole.role_id}`).toString("base64url");
    expect((await server.gql(UpdateRole, { input: { id: ownRoleId, permissions: [] } }, as(admin))).body.data?.updateRole).toMatchObject({ __typename: "CannotModifySelf" });
    expect((await server.gql(UpdateStaff, { input: { id: self, active: false } }, as(admin))).body.data?.updateStaff).toMatchObject({ __typename: "CannotModifySelf", path: ["input", "active"] });
    expect(await snapshot()).toEqual(before);
  });
});

describe("staff accounts", () => {
  it("creates staff who sign in with loginStaff (not login), hold their roles' permissions, and stop at once when deactivated", async () => {
    const admin = await staffHeaders(server, ["STAFF_WRITE", "STAFF_READ", "CATALOG_READ", "CATALOG_WRITE"]);
    const catalog = await roleId(admin, "Catalog editors", ["CATALOG_WRITE", "CATALOG_READ"]);
    const email = uniqueEmail("editor");
    const created = await server.gql(CreateStaff, { input: { email: ` ${email.toUpperCase()}`, name: "Editor", password: "editor password 1", roleIds: [catalog, catalog] } }, as(admin));
    expect(created.body.data?.createStaff).toMatchObject({ __typename: "StaffCreated", staff: { email, permissions: ["CATALOG_READ", "CATALOG_WRITE"], roles: [{ name: "Catalog editors" }] } });
    const staffId = created.body.data?.createStaff.__typename === "StaffCreated" ? created.body.data.createStaff.staff.id : "";

    const again = await server.gql(CreateStaff, { input: { email, name: "Twin", password: "editor password 1", roleIds: [] } }, as(admin));
    expect(again.body.data?.createStaff).toMatchObject({ __typename: "EmailTaken", path: ["input", "email"] });
    const weak = await server.gql(CreateStaff, { input: { email: uniqueEmail(), name: "Weak", password: "short", roleIds: [] } }, as(admin));
    expect(weak.body.data?.createStaff).toMatchObject({ __typename: "WeakPassword", path: ["input", "password"] });
    const ghost = await server.gql(CreateStaff, { input: { email: uniqueEmail(), name: "Ghost", password: "long enough password", roleIds: [Buffer.from("Role:0190f3a0-1234-7abc-8def-0123456789ab").toString("base64url")] } }, as(admin));
    expect(ghost.body.data?.createStaff).toMatchObject({ __typename: "NotFound", path: ["input", "roleIds"] });

    const customerLogin = await server.gql(graphql(`mutation CustomerLoginAsStaff($email: String!) { login(input: { email: $email, password: "editor password 1" }) { __typename } }`), { email });
    expect(customerLogin.body.data?.login?.__typename).toBe("InvalidCredentials");
    const signedIn = await server.gql(LoginStaff, { email, password: "editor password 1" });
    const result = signedIn.body.data?.loginStaff;
    expect(result).toMatchObject({ __typename: "StaffLoggedIn", staff: { email, permissions: ["CATALOG_READ", "CATALOG_WRITE"] } });
    const editor = { authorization: `Bearer ${result?.__typename === "StaffLoggedIn" ? result.token : ""}` };

    // Staff see themselves without STAFF_READ, but not each other.
    expect((await server.gql(CurrentStaff, undefined, as(editor))).body.data?.currentStaff).toEqual({ id: staffId, email, roles: [{ name: "Catalog editors" }] });
    expect((await server.gql(StaffNode, { id: Buffer.from(`Staff:${admin.staffId}`).toString("base64url") }, as(editor))).body).toEqual({ data: { node: null } });
    expect((await server.gql(StaffNode, { id: staffId }, as(admin))).body.data?.node).toEqual({ email });

    const off = await server.gql(UpdateStaff, { input: { id: staffId, active: false, name: " Former editor " } }, as(admin));
    expect(off.body.data?.updateStaff).toEqual({ __typename: "StaffUpdated", staff: { name: "Former editor", active: false } });
    expect((await server.gql(CurrentStaff, undefined, as(editor))).body).toEqual({ data: { currentStaff: null }, extensions: { session: "SESSION_EXPIRED" } });
    expect((await server.gql(LoginStaff, { email, password: "editor password 1" })).body.data?.loginStaff?.__typename).toBe("InvalidCredentials");
  });

  it("changes a staff password with changePassword, ending the other staff sessions", async () => {
    const admin = await staffHeaders(server, ["STAFF_WRITE", "STAFF_READ"]);
    const email = uniqueEmail("clerk");
    await server.gql(CreateStaff, { input: { email, name: "Clerk", password: "first password 1", roleIds: [] } }, as(admin));
    const sessions = [];
    for (let i = 0; i < 2; i++) {
      const { body } = await server.gql(LoginStaff, { email, password: "first password 1" });
      sessions.push({ authorization: `Bearer ${body.data?.loginStaff?.__typename === "StaffLoggedIn" ? body.data.loginStaff.token : ""}` });
    }
    const changed = await server.gql(
      graphql(`mutation StaffChangesPassword { changePassword(input: { currentPassword: "first password 1", newPassword: "second password 2" }) { __typename ... on PasswordChanged { sessionsRevoked } } }`),
      undefined,
      as(sessions[0]),
    );
    expect(changed.body.data?.changePassword).toEqual({ __typename: "PasswordChanged", sessionsRevoked: 1 });
    expect((await server.gql(CurrentStaff, undefined, as(sessions[0]))).body.data?.currentStaff?.email).toBe(email);
    expect((await server.gql(CurrentStaff, undefined, as(sessions[1]))).body.data?.currentStaff).toBeNull();
    expect((await server.gql(LoginStaff, { email, password: "second password 2" })).body.data?.loginStaff?.__typename).toBe("StaffLoggedIn");
  });

  it("lists staff and roles to STAFF_READ holders", async () => {
    // A colleague of its own, so the list holds more than the reader whichever tests ran before.
    await staffHeaders(server, []);
    const reader = await staffHeaders(server, ["STAFF_READ"]);
    // Another member of its own, so the list holds more than the reader whichever tests ran before.
    await staffHeaders(server, []);
    const { body } = await server.gql(StaffDirectory, undefined, as(reader));
    expect(body.data?.currentStaff?.permissions).toEqual(["STAFF_READ"]);
    expect(body.data?.staffMembers?.length).toBeGreaterThan(1);
    expect(body.data?.roles?.map((r) => r.name)).toEqual([...body.data!.roles!.map((r) => r.name)].sort());
  });
});

describe("the first super-admin", () => {
  it("is created once, only while no staff exists", async () => {
    const db = await createTestDatabase();
    const other = await startTestServer({}, { sharedDatabaseUrl: db.url });
    try {
      const admin = { email: "owner@example.test", password: "owner password 1" };
      expect(await ensureSuperAdmin(other.database.sql, admin)).toBe("created");
      expect(await ensureSuperAdmin(other.database.sql, { ...admin, email: "second@example.test" })).toBe("staff exists");
      const login = await other.gql(LoginStaff, admin);
      expect(login.body.data?.loginStaff).toMatchObject({ staff: { email: admin.email, permissions: expect.arrayContaining(["STAFF_WRITE", "PAYMENTS_WRITE", "SETTINGS_WRITE"]) } });
      expect((await query(db.url, "SELECT count(*)::int AS n FROM staff"))[0]).toEqual({ n: 1 });
    } finally {
      await other.stop();
      await db.drop();
    }
  });

  it("comes from ADMIN_EMAIL and ADMIN_PASSWORD when the server starts, and the password is not logged", async () => {
    const db = await createTestDatabase();
    const port = await freePort();
    const password = "start-up password 1";
    const process = spawnServer({ DATABASE_URL: db.url, PORT: String(port), ADMIN_EMAIL: "Boss@Example.test", ADMIN_PASSWORD: password });
    try {
      await process.ready;
      expect(process.logs.find((l) => l.msg === "super-admin created from ADMIN_EMAIL")).toMatchObject({ email: "boss@example.test", outcome: "created" });
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: LoginStaff.toString(), variables: { email: "boss@example.test", password } }),
      });
      expect(((await response.json()) as { data: { loginStaff: { __typename: string } } }).data.loginStaff.__typename).toBe("StaffLoggedIn");
      expect(JSON.stringify(process.logs) + process.stderr).not.toContain(password);
    } finally {
      process.child.kill("SIGTERM");
      await process.exited;
      await db.drop();
    }
  });
});
