/**
 * Guest order access: the order-status token from placeOrder and the confirmation mail, and the
 * order code with its email, limited like login. Each grant reaches exactly one order, and only
 * its status view.
 */
import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { newOrderCode } from "../../src/modules/orders/order-code.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { createVariant, readyCart, type TestVariant } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { mailsTo } from "../helpers/identity.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";

const PlaceWithToken = graphql(`
  mutation PlaceWithToken($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        statusToken
        order {
          id
          code
          email
        }
      }
    }
  }
`);

const StatusByToken = graphql(`
  query StatusByToken($token: String!) {
    orderByStatusToken(token: $token) {
      code
      state
      trackingCode
      placedAt
      lines {
        sku
        quantity
        subtotal {
          amount
        }
      }
      totals {
        total {
          amount
          currencyCode
        }
      }
      shippingAddress {
        city
        countryCode
      }
      shippingMethod {
        code
      }
      history {
        from
        to
      }
    }
  }
`);

const TokenAndNothingElse = graphql(`
  query TokenAndNothingElse($token: String!, $code: String!, $id: ID!) {
    orderByStatusToken(token: $token) {
      code
    }
    order(code: $code) {
      code
    }
    node(id: $id) {
      id
    }
  }
`);

const LookUp = graphql(`
  mutation LookUp($input: LookUpOrderInput!) {
    lookUpOrder(input: $input) {
      __typename
      ... on OrderFound {
        order {
          code
          state
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

const TypeFields = graphql(`
  query TypeFields($name: String!) {
    __type(name: $name) {
      fields {
        name
      }
    }
  }
`);

const Fulfil = graphql(`
  mutation FulfilForStatus($input: FulfilOrderInput!) {
    fulfilOrder(input: $input) {
      __typename
    }
  }
`);

let server: TestServer;
let variant: TestVariant;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1", ORDER_STATUS_URL: "https://shop.example/orders/status?t={token}" });
  variant = await createVariant(server, { onHand: 10_000 });
});
afterAll(() => server.stop());

/** A client address of its own, so each test's look-ups count apart. */
function fromAddress(): Record<string, string> {
  return { "x-forwarded-for": `198.51.${randomInt(256)}.${randomInt(1, 255)}` };
}

/** A guest order, with the token its placeOrder answer carried. */
async function guestOrder(quantity = 1): Promise<{ id: string; code: string; email: string; token: string; headers: Record<string, string> }> {
  const email = `guest-${randomUUID().slice(0, 8)}@example.test`;
  const headers = await readyCart(server, [{ variant, quantity }], {}, { email });
  const placed = (await server.gql(PlaceWithToken, { input: { idempotencyKey: randomUUID(), paymentMethod: "test" } }, { headers })).body.data!.placeOrder;
  if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
  return { id: placed.order.id, code: placed.order.code, email, token: placed.statusToken, headers };
}

async function status(token: string, headers: Record<string, string> = {}) {
  const { body } = await server.gql(StatusByToken, { token }, { headers });
  expect(body.errors).toBeUndefined();
  return body.data!.orderByStatusToken;
}

function lookUp(code: string, email: string, headers: Record<string, string>) {
  return server.gql(LookUp, { input: { code, email } }, { headers });
}

describe("the order-status token", () => {
  it("shows a guest its order, and each token only its own order", async () => {
    const [mine, theirs] = [await guestOrder(2), await guestOrder(3)];
    const seen = await status(mine.token);
    expect(seen).toMatchObject({
      code: mine.code,
      state: "PAYMENT_SETTLED",
      trackingCode: null,
      lines: [{ sku: variant.sku, quantity: 2, subtotal: { amount: "20.00" } }],
      shippingAddress: { city: "Berlin", countryCode: "DE" },
      shippingMethod: { code: "standard" },
      history: [
        { from: null, to: "PLACED" },
        { from: "PLACED", to: "PAYMENT_AUTHORIZED" },
        { from: "PAYMENT_AUTHORIZED", to: "PAYMENT_SETTLED" },
      ],
    });
    expect((await status(theirs.token))!.code).toBe(theirs.code);
    // Whoever holds the token: another guest's cart, a signed-in customer, nobody at all.
    const customer = await customerHeaders(server);
    expect((await status(mine.token, theirs.headers))!.code).toBe(mine.code);
    expect((await status(mine.token, { authorization: customer.authorization }))!.code).toBe(mine.code);
  });

  it("reads null for a forged, altered, malformed or foreign-shaped token, exactly like a random one", async () => {
    const { token } = await guestOrder();
    const altered = (token[0] === "A" ? "B" : "A") + token.slice(1);
    for (const wrong of [randomBytes(32).toString("base64url"), altered, token.slice(1), `${token}x`, "", "not a token", "x".repeat(10_000), createHash("sha256").update(token).digest("hex")]) {
      const { body } = await server.gql(StatusByToken, { token: wrong });
      expect(body, wrong.slice(0, 50)).toEqual({ data: { orderByStatusToken: null } });
    }
  });

  it("gives no other access: not the order as Order, not node(id:), not another order", async () => {
    const mine = await guestOrder();
    const customer = await customerHeaders(server);
    for (const headers of [{}, mine.headers, { authorization: customer.authorization }]) {
      const { body } = await server.gql(TokenAndNothingElse, { token: mine.token, code: mine.code, id: mine.id }, { headers });
      expect(body).toEqual({ data: { orderByStatusToken: { code: mine.code }, order: null, node: null } });
    }
  });

  it("shows only the status view: no email, account, billing, payment or staff notes", async () => {
    const fields = async (type: string) => {
      const { body } = await server.gql(TypeFields, { name: type });
      return body.data!.__type!.fields!.map((f) => f.name).sort();
    };
    expect(await fields("OrderStatus")).toEqual(["code", "history", "lines", "placedAt", "shippingAddress", "shippingMethod", "state", "totals", "trackingCode", "updatedAt"]);
    expect(await fields("OrderStatusChange")).toEqual(["at", "from", "to"]);
  });

  it("shows the tracking code once shipped, and the public history without what staff noted", async () => {
    const mine = await guestOrder();
    const orderRow = (await query<{ id: string }>(server.databaseUrl, "SELECT id FROM shop_order WHERE code = $1", [mine.code]))[0]!.id;
    // A tracking code on an order that has not left yet stays hidden.
    await query(server.databaseUrl, "UPDATE shop_order SET tracking_code = 'EARLY-1' WHERE id = $1", [orderRow]);
    expect((await status(mine.token))!.trackingCode).toBeNull();
    const clerk = await staffHeaders(server, [Permission.ORDERS_WRITE]);
    const shipped = await server.gql(Fulfil, { input: { orderId: mine.id, trackingCode: "1Z999AA10123456784", note: "internal: fragile, customer rang twice" } }, { headers: { authorization: clerk.authorization } });
    expect(shipped.body.data!.fulfilOrder.__typename).toBe("OrderUpdated");
    const response = await server.post({ query: StatusByToken.toString(), variables: { token: mine.token } });
    const text = await response.text();
    expect(text).not.toContain("fragile");
    expect(text).not.toContain(mine.email);
    const seen = (JSON.parse(text) as { data: { orderByStatusToken: { trackingCode: string; state: string; history: { to: string }[] } } }).data.orderByStatusToken;
    expect(seen.state).toBe("SHIPPED");
    expect(seen.trackingCode).toBe("1Z999AA10123456784");
    expect(seen.history.at(-1)!.to).toBe("SHIPPED");
  });

  it("stores only the SHA-256 of each token, and a retried placement gets a token of its own that works too", async () => {
    const email = `guest-${randomUUID().slice(0, 8)}@example.test`;
    const headers = await readyCart(server, [{ variant, quantity: 1 }], {}, { email });
    const input = { idempotencyKey: randomUUID(), paymentMethod: "test" };
    const first = (await server.gql(PlaceWithToken, { input }, { headers })).body.data!.placeOrder;
    const retry = (await server.gql(PlaceWithToken, { input }, { headers })).body.data!.placeOrder;
    if (first.__typename !== "OrderPlaced" || retry.__typename !== "OrderPlaced") throw new Error("not placed");
    expect(retry.order.code).toBe(first.order.code);
    expect(retry.statusToken).not.toBe(first.statusToken);
    for (const token of [first.statusToken, retry.statusToken]) expect((await status(token))!.code).toBe(first.order.code);
    const stored = await query<{ hash: string }>(
      server.databaseUrl,
      "SELECT encode(t.token_hash, 'hex') AS hash FROM order_status_token t JOIN shop_order o ON o.id = t.order_id WHERE o.code = $1",
      [first.order.code],
    );
    const hashes = stored.map((r) => r.hash);
    for (const token of [first.statusToken, retry.statusToken]) expect(hashes).toContain(createHash("sha256").update(token).digest("hex"));
    // Nor is it kept anywhere else: not with the idempotency key's stored answer, not in an event or a job.
    const [clear] = await query<{ n: number }>(
      server.databaseUrl,
      `SELECT (SELECT count(*) FROM idempotency_key WHERE response::text LIKE '%' || $1 || '%') + (SELECT count(*) FROM event WHERE payload::text LIKE '%' || $1 || '%')
            + (SELECT count(*) FROM graphile_worker._private_jobs WHERE payload::text LIKE '%' || $1 || '%') AS n`,
      [first.statusToken],
    );
    expect(Number(clear!.n)).toBe(0);
  });

  it("is mailed in the order confirmation as a link to ORDER_STATUS_URL that opens the order", async () => {
    const mine = await guestOrder();
    const [mail] = await waitFor(async () => {
      const mails = await mailsTo(server, mine.email, "order-confirmation");
      return mails.length > 0 ? mails : undefined;
    }, "the confirmation mail");
    const link = /https:\/\/shop\.example\/orders\/status\?t=([A-Za-z0-9_-]{43})$/m.exec(mail!.text);
    expect(link, mail!.text).not.toBeNull();
    const [html] = await query<{ html: string }>(server.databaseUrl, "SELECT html FROM mail_message WHERE recipient = $1 AND kind = 'order-confirmation'", [mine.email]);
    const decoded = html!.html.replace(/&#x([0-9A-F]+);/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(decoded).toContain(`href="https://shop.example/orders/status?t=${link![1]}"`);
    expect(link![1]).not.toBe(mine.token);
    expect((await status(link![1]!))!.code).toBe(mine.code);
  });
});

describe("the order code with its email", () => {
  it("finds the order forgiving case, spaces and look-alike letters, and answers a wrong email like an unknown code", async () => {
    const mine = await guestOrder();
    const headers = fromAddress();
    const typed = ` ${mine.code.toLowerCase().replace("-", " ")} `;
    const found = (await lookUp(typed, mine.email.toUpperCase(), headers)).body;
    expect(found.data!.lookUpOrder).toEqual({ __typename: "OrderFound", order: { code: mine.code, state: "PAYMENT_SETTLED" } });
    const wrongEmail = (await lookUp(mine.code, "someone.else@example.test", headers)).body;
    const unknownCode = (await lookUp(newOrderCode(), mine.email, headers)).body;
    const malformedCode = (await lookUp("NOT A CODE", mine.email, headers)).body;
    expect(wrongEmail).toEqual({ data: { lookUpOrder: { __typename: "NotFound", code: "NOT_FOUND", message: "no order with this code and email", path: ["input"] } } });
    expect(unknownCode).toEqual(wrongEmail);
    expect(malformedCode).toEqual(wrongEmail);
  });

  it("throttles one address after 30 look-ups, across different codes, even for the right code and email", async () => {
    const mine = await guestOrder();
    const headers = fromAddress();
    for (let i = 0; i < 30; i++) expect((await lookUp(newOrderCode(), mine.email, headers)).body.data!.lookUpOrder!.__typename).toBe("NotFound");
    const refused = await lookUp(mine.code, mine.email, headers);
    expect(refused.body.data!.lookUpOrder).toBeNull();
    expect(refused.body.errors![0]!.extensions!.code).toBe("THROTTLED");
    expect(refused.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not held back by this one.
    expect((await lookUp(mine.code, mine.email, fromAddress())).body.data!.lookUpOrder!.__typename).toBe("OrderFound");
  });

  it("throttles guessing one code's email after 10 tries from an address, and after 100 from everywhere", async () => {
    const target = await guestOrder();
    const other = await guestOrder();
    const guesser = fromAddress();
    for (let i = 0; i < 10; i++) expect((await lookUp(target.code, `guess-${i}@example.test`, guesser)).body.data!.lookUpOrder!.__typename).toBe("NotFound");
    expect((await lookUp(target.code, target.email, guesser)).body.errors![0]!.extensions!.code).toBe("THROTTLED");
    // The same address may still look up another code.
    expect((await lookUp(other.code, other.email, guesser)).body.data!.lookUpOrder!.__typename).toBe("OrderFound");
    // Nine more addresses at their limit bring the code to 100 counted guesses.
    for (let a = 0; a < 9; a++) {
      const headers = fromAddress();
      for (let i = 0; i < 10; i++) await lookUp(target.code, `guess-${a}-${i}@example.test`, headers);
    }
    const fresh = await lookUp(target.code, target.email, fromAddress());
    expect(fresh.body.errors![0]!.extensions!.code).toBe("THROTTLED");
  });

  it("takes back the attempt of a look-up that finds its order", async () => {
    const mine = await guestOrder();
    const headers = fromAddress();
    for (let i = 0; i < 12; i++) expect((await lookUp(mine.code, mine.email, headers)).body.data!.lookUpOrder!.__typename).toBe("OrderFound");
  });

  it("answers hostile input with typed errors and counts nothing", async () => {
    const mine = await guestOrder();
    const headers = fromAddress();
    const windows = async () => (await query<{ n: number }>(server.databaseUrl, "SELECT coalesce(sum(count), 0)::int AS n FROM throttle_window WHERE key LIKE 'order-lookup%'"))[0]!.n;
    const before = await windows();
    for (const [code, email, field] of [["x".repeat(100_000), mine.email, "code"], [mine.code, `${"a".repeat(300)}@example.test`, "email"], ["", mine.email, "code"], [mine.code, "line\nbreak@example.test", "email"]] as const) {
      const { status: httpStatus, body } = await lookUp(code, email, headers);
      expect(httpStatus).toBe(200);
      expect(body.data!.lookUpOrder).toMatchObject({ __typename: "InvalidInput", path: ["input", field] });
    }
    for (const [code, email] of [[`${mine.code}\u0000`, mine.email], [mine.code, `\u0000${mine.email}`]]) {
      const { status: httpStatus, body } = await lookUp(code!, email!, headers);
      expect(httpStatus).toBe(400);
      expect(body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
      expect(body.data ?? null).toBeNull();
    }
    const nul = await server.gql(StatusByToken, { token: `${mine.token.slice(0, 42)}\u0000` });
    expect(nul.status).toBe(400);
    expect(nul.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(await windows()).toBe(before);
  });
});
