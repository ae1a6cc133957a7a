/**
 * The storefront's other paths in Chromium, each in a fresh browser context (a new guest): a
 * coupon the shop does not know answers its typed error, which the cart page shows as it came
 * and which changes nothing; a known one discounts; a new customer registers and is signed in;
 * a customer whose session ends elsewhere is shown the shop as a guest.
 * Like the journey, any console warning or error, uncaught exception, failed request or HTTP
 * error fails the test. Skipped without Chromium unless CI is set.
 */
import { ProductListDocument, request } from "@larder/sdk";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedTestCatalog } from "../helpers/catalog.js";
import { commerceCounts, createCoupon } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { register, uniqueEmail, PASSWORD } from "../helpers/identity.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { browserTestsRun, launchChromium, startStorefront, watchPage, type Storefront } from "../helpers/storefront.js";

describe.runIf(browserTestsRun)("the storefront in a browser: coupons and accounts", () => {
  let server: TestServer;
  let storefront: Storefront;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: ReturnType<typeof watchPage>;
  let slug: string;

  beforeAll(async () => {
    server = await startTestServer();
    await seedTestCatalog(server, 4);
    browser = await launchChromium();
    storefront = await startStorefront(server.origin);
    const products = (await request(server.url, ProductListDocument, { first: 4, filter: { inStock: true } })).data!.products.nodes;
    slug = products[0]!.slug;
  });
  afterAll(async () => {
    await browser?.close();
    await storefront?.stop();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    problems = watchPage(page);
  });
  afterEach(async () => {
    await context.close();
    expect(problems.take()).toEqual([]);
  });

  /** The row counts an applied coupon would change. */
  const counts = async () => ({ ...(await commerceCounts(server)), ...(await query(server.databaseUrl, "SELECT count(*)::int AS cart_coupons FROM cart_coupon"))[0] });

  /** A guest's cart with one line of the first product, on the cart page. */
  async function guestCart(): Promise<void> {
    await page.goto(`${storefront.url}/products/${slug}`);
    await page.getByRole("button", { name: "Add to cart" }).click();
    await page.getByRole("status").getByText("Added to your cart.").waitFor();
    await page.getByRole("link", { name: "View cart" }).click();
    await page.getByTestId("total").waitFor();
  }

  it("shows an unknown coupon's typed error, and the cart stays as it was", async () => {
    await guestCart();
    const total = await page.getByTestId("total").innerText();
    const before = await counts();
    await page.getByLabel("Coupon code").fill("NO-SUCH-CODE");
    await page.getByRole("button", { name: "Apply" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/UNKNOWN_CODE$/);
    expect(await page.locator(".coupon").count()).toBe(0);
    expect(await page.getByTestId("total").innerText()).toBe(total);
    expect(await counts()).toEqual(before);
  });

  it("applies a known coupon: the cart lists it and the totals show the discount", async () => {
    const code = await createCoupon(server, { kind: "PERCENTAGE", percentBps: 1000 });
    await guestCart();
    await page.getByLabel("Coupon code").fill(code);
    await page.getByRole("button", { name: "Apply" }).click();
    await page.locator(".coupon", { hasText: code }).waitFor();
    expect(await page.locator(".totals").innerText()).toContain("Discount");
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("registers a new customer, who is signed in afterwards", async () => {
    const email = uniqueEmail("register");
    await page.goto(`${storefront.url}/register`);
    for (const [label, value] of [["First name", "Grace"], ["Last name", "Hopper"], ["Email", email], ["Password (at least 10 characters)", PASSWORD]]) {
      await page.getByLabel(label!).fill(value!);
    }
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { level: 1, name: "Grace Hopper" }).waitFor();
    expect(await page.getByText("No orders yet.").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Grace" }).count()).toBe(1);
  });

  it("forgets the customer when the API reports the session over, and shows the shop as a guest", async () => {
    const email = uniqueEmail("ended");
    await register(server, email);
    await page.goto(`${storefront.url}/signin`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Ada Lovelace" }).waitFor();
    // The session ends behind the page's back (as a sign-out on another device would end it).
    await query(server.databaseUrl, "UPDATE session SET revoked_at = now() WHERE customer_id = (SELECT id FROM customer WHERE email = $1)", [email]);
    await page.getByRole("link", { name: "All products" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.getByRole("link", { name: "Cart (0)" }).waitFor();
  });
});
