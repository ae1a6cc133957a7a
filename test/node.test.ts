import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGlobalId, parseGlobalId, toGlobalId } from "../src/shared/global-id.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

const UUID = "0190f3a0-1234-7abc-8def-0123456789ab";

describe("global ids", () => {
  it("round-trips and rejects what is not ours", () => {
    const id = toGlobalId("Product", UUID);
    expect(id).not.toContain(UUID);
    expect(parseGlobalId(id)).toEqual({ type: "Product", id: UUID });
    for (const bad of ["", "%%%", Buffer.from("Product:not-a-uuid").toString("base64url"), Buffer.from(`:${UUID}`).toString("base64url"), "x".repeat(300)]) {
      expect(parseGlobalId(bad)).toBeNull();
    }
    expect(() => expectGlobalId(toGlobalId("Customer", UUID), "Product")).toThrow("id is not a valid Product id");
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe("node(id:)", () => {
  it("answers a malformed or unknown-type id with BAD_USER_INPUT", async () => {
    for (const id of ["garbage", toGlobalId("Nonexistent", UUID)]) {
      const body = await bodyOf(await server.post({ query: "query($id: ID!) { node(id: $id) { id } }", variables: { id } }));
      expect(body.errors[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("caps nodes(ids:) at 100", async () => {
    const ids = Array.from({ length: 101 }, () => "garbage");
    const body = await bodyOf(await server.post({ query: "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids } }));
    expect(body.errors[0]).toMatchObject({ message: "at most 100 ids", extensions: { code: "BAD_USER_INPUT" } });
  });
});
