/**
 * Real mail: order mails sent through a real SMTP server in this process, read back as they
 * arrived; and a worker killed after the SMTP server took a mail but before the job was marked done
 * (kill -9): another worker sends it again, with the same Message-ID, so the mail is had once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { createVariant, placeOrder, readyCart } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { spawnWorker, type ServerProcess } from "../helpers/process.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from "../helpers/smtp.js";

const Ship = graphql(`
  mutation MailShip($input: FulfilOrderInput!) {
    fulfilOrder(input: $input) {
      __typename
    }
  }
`);

async function guestOrder(server: TestServer, email: string, title: string) {
  const variant = await createVariant(server, { onHand: 10, price: 1234, title });
  const headers = await readyCart(server, [{ variant, quantity: 2 }], {}, { email });
  const { body } = await placeOrder(server, headers);
  const placed = body.data!.placeOrder;
  if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
  return placed.order;
}

describe("mail through SMTP", () => {
  let smtp: TestSmtpServer;
  let server: TestServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ MAIL_TRANSPORT: "smtp", SMTP_URL: smtp.url, SHOP_NAME: "Corner <Shop>", SHOP_LOCALE: "de-DE", MAIL_FROM: "Corner Shop <orders@corner.example>" });
  });

  afterAll(async () => {
    await server?.stop();
    await smtp?.stop();
  });

  it("sends a guest the order confirmation, in text and HTML, with the shop's name and its currency formatting", async () => {
    const order = await guestOrder(server, "guest-smtp@example.test", "Tea & <Biscuits>");
    const mail = await waitFor(() => smtp.received.find((m) => m.subject.includes(order.code)), "the confirmation at the SMTP server");
    expect(mail.to).toEqual(["guest-smtp@example.test"]);
    expect(mail.subject).toBe(`Corner <Shop>: your order ${order.code}`);
    // 2 × 12,34 € plus 4,90 € shipping in de-DE.
    expect(mail.text).toContain("2 × Tea & <Biscuits>");
    expect(mail.text).toMatch(/Total: 29,58\s€/);
    expect(mail.text).toContain("Your payment has been received.");
    expect(mail.html).toContain("Tea &amp; &lt;Biscuits&gt;");
    expect(mail.html).toMatch(/<strong>29,58\s€<\/strong>/);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}\.order-confirmation@corner\.example>$/);
  });

  it("sends the shipped mail with the tracking code", async () => {
    const order = await guestOrder(server, "guest-shipped@example.test", "Kettle");
    const staff = await staffHeaders(server, [Permission.ORDERS_WRITE, Permission.ORDERS_READ]);
    expect((await server.gql(Ship, { input: { orderId: order.id, trackingCode: "1Z999AA10123456784" } }, { headers: staff })).body.data!.fulfilOrder.__typename).toBe("OrderUpdated");
    const mail = await waitFor(() => smtp.received.find((m) => m.subject.includes("has shipped") && m.subject.includes(order.code)), "the shipped mail");
    expect(mail).toMatchObject({ to: ["guest-shipped@example.test"], subject: `Corner <Shop>: order ${order.code} has shipped` });
    expect(mail.text).toContain("Tracking code: 1Z999AA10123456784");
    expect(mail.text).toContain("2 × Kettle");
    expect(mail.html).toContain("<strong>1Z999AA10123456784</strong>");
  });
});

describe("a worker killed between the SMTP server's taking a mail and the job's end", () => {
  let smtp: TestSmtpServer;
  let server: TestServer;
  const workers: ServerProcess[] = [];
  let killed = false;

  beforeAll(async () => {
    smtp = await startSmtpServer(async () => {
      if (killed) return;
      // The message is in; the sender dies before it hears the 250 and before its job is marked done.
      killed = true;
      workers[0]!.child.kill("SIGKILL");
      await workers[0]!.exited;
    });
    server = await startTestServer({ JOBS_IN_SERVER: "false" });
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    await server?.stop();
    await smtp?.stop();
  });

  it("has another worker send it again with the same Message-ID: one mail in effect, the job done", { timeout: 60_000 }, async () => {
    const env = { DATABASE_URL: server.databaseUrl, MAIL_TRANSPORT: "smtp", SMTP_URL: smtp.url, JOB_RUNNER_LEASE_SECONDS: "3", NODE_ENV: "test", LOG_LEVEL: "info" };
    workers.push(spawnWorker(env));
    await workers[0]!.ready;
    const order = await guestOrder(server, "guest-crash@example.test", "Teapot");
    await waitFor(() => (killed ? true : undefined), "the first worker killed mid-delivery", 20_000);
    expect(await workers[0]!.exited).toBeNull();

    workers.push(spawnWorker(env));
    await workers[1]!.ready;
    const copies = () => smtp.received.filter((m: ReceivedMail) => m.subject.includes(order.code));
    await waitFor(() => (copies().length === 2 ? true : undefined), "the confirmation sent again by the second worker", 30_000);
    const [first, second] = copies();
    expect(second!.messageId).toBe(first!.messageId);
    expect(new Set(copies().map((m) => m.messageId)).size).toBe(1);
    const [event] = await query<{ id: string }>(server.databaseUrl, "SELECT e.id FROM event e JOIN shop_order o ON o.id = e.aggregate_id WHERE o.code = $1 AND e.type = 'order.placed'", [order.code]);
    expect(first!.messageId).toContain(event!.id);
    await waitFor(async () => {
      const [row] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM graphile_worker.jobs");
      return row!.n === 0 ? true : undefined;
    }, "every job done", 10_000);
    expect(copies()).toHaveLength(2);
  });
});
