/**
 * The example storefront in Chromium against a test server: a shopper browses, scrolls the
 * product list to its end, narrows it by a facet, searches, picks a variant with the option
 * pickers, fills a guest cart, signs in (the guest cart merges into the account's), checks out
 * with the test payment method and finds the order in the account. Any console warning or
 * error (React's and Apollo Client's development warnings included), uncaught exception, failed
 * request or HTTP error fails the step it happened in. Skipped without Chromium unless CI is set.
 */
import { AddCartLinesDocument, MeDocument, ProductListDocument, ProductPageDocument, request, type ProductPageQuery } from "@larder/sdk";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seedTestCatalog } from "../helpers/catalog.js";
import { login, register, uniqueEmail, PASSWORD } from "../helpers/identity.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { browserTestsRun, CHROMIUM, launchChromium, screenshot, startStorefront, watchPage, type Storefront } from "../helpers/storefront.js";
import type { Browser } from "playwright-core";

const PRODUCTS = 40;
type Variant = NonNullable<ProductPageQuery["product"]>["variants"]["nodes"][number];

if (!browserTestsRun) console.log(`Skipping the storefront's browser tests: ${CHROMIUM} is missing (apt-get install -y chromium). CI runs them.`);

describe.runIf(browserTestsRun)("the storefront in a browser", { shuffle: false }, () => {
  let server: TestServer;
  let storefront: Storefront;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: ReturnType<typeof watchPage>;
  const shopper = { email: uniqueEmail("shopper"), authorization: "" };
  // A product with two options and a second variant that can be bought, and another variant already in the account's cart.
  const chosen = { slug: "", title: "", target: undefined as unknown as Variant, accountVariant: "" };

  beforeAll(async () => {
    server = await startTestServer();
    await seedTestCatalog(server, PRODUCTS);
    browser = await launchChromium();
    storefront = await startStorefront(server.origin);
    const list = (await request(server.url, ProductListDocument, { first: PRODUCTS })).data!.products.nodes;
    for (const { slug } of list) {
      const product = (await request(server.url, ProductPageDocument, { slug })).data!.product!;
      const buyable = product.variants.nodes.filter((v) => v.availableForSale);
      const target = buyable.find((v) => v.selectedOptions[0]!.value !== buyable[0]!.selectedOptions[0]!.value);
      if (product.options.length === 2 && target) {
        Object.assign(chosen, { slug, title: product.title, target, accountVariant: buyable[0]!.id });
        break;
      }
    }
    expect(chosen.slug).not.toBe("");
    // The shopper has an account whose cart already holds a line, from an earlier visit.
    await register(server, shopper.email);
    shopper.authorization = (await login(server, shopper.email)).authorization.authorization;
    const added = await request(server.url, AddCartLinesDocument, { input: { lines: [{ variantId: chosen.accountVariant, quantity: 1 }] } }, { headers: { authorization: shopper.authorization } });
    expect(added.data?.addCartLines.__typename).toBe("CartUpdated");

    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    problems = watchPage(page);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await storefront?.stop();
    await server?.stop();
  });
  afterEach(() => {
    expect(problems.take()).toEqual([]);
  });

  const cartLink = () => page.getByTestId("cart-link");
  const cards = () => page.locator(".product-card");

  it("opens the home page with the collection tree, on Apollo Client's development build", async () => {
    await page.goto(storefront.url);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).count()).toBeGreaterThan(0);
    // Apollo Client connects to its devtools only in development: its warnings are on.
    expect(await page.evaluate("'__APOLLO_CLIENT__' in window")).toBe(true);
    await screenshot(page, "home");
  });

  it("lists a collection's products, and scrolls all products page by page to the end", async () => {
    const collection = page.getByRole("heading", { level: 2 }).first().getByRole("link");
    const title = await collection.innerText();
    await collection.click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByTestId("result-count").waitFor();

    await page.getByRole("link", { name: "All products" }).click();
    await expect.poll(() => page.getByTestId("result-count").innerText()).toBe(`${PRODUCTS} products`);
    expect(await cards().count()).toBeLessThan(PRODUCTS);
    await expect
      .poll(async () => {
        await cards().last().scrollIntoViewIfNeeded();
        return cards().count();
      })
      .toBe(PRODUCTS);
    const links = await cards().locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(new Set(links).size).toBe(PRODUCTS);
    await page.evaluate("window.scrollTo(0, 0)");
    await screenshot(page, "product-list");
  });

  it("narrows the list by a facet to the products it counted", async () => {
    // The facets are read again with every answer (and may change order): click the label by its value.
    const colors = page.getByRole("group", { name: "Color" });
    const label = await colors.locator("label").first().innerText();
    const [, value, count] = /^(.+) \((\d+)\)$/.exec(label.trim())!;
    await colors.locator("label", { hasText: `${value} (` }).click();
    await expect.poll(() => page.getByTestId("result-count").innerText()).toBe(`${count} ${count === "1" ? "product" : "products"}`);
    expect(new URL(page.url()).searchParams.getAll("option.Color")).toEqual([value]);
  });

  it("searches for a product by its title and opens it", async () => {
    await page.getByRole("searchbox", { name: "Search products" }).fill(chosen.title);
    await page.getByRole("searchbox", { name: "Search products" }).press("Enter");
    await page.getByRole("heading", { level: 1, name: `Results for “${chosen.title}”` }).waitFor();
    await page.locator(`.product-card a[href="/products/${chosen.slug}"]`).click();
    await page.getByRole("heading", { level: 1, name: chosen.title }).waitFor();
  });

  it("picks a variant with the option pickers and puts it into a guest cart", async () => {
    expect(await page.locator(".sku").innerText()).not.toBe(`SKU ${chosen.target.sku}`);
    for (const { name, value } of chosen.target.selectedOptions) {
      await page.getByRole("group", { name }).getByText(value, { exact: true }).click();
    }
    await expect.poll(() => page.locator(".sku").innerText()).toBe(`SKU ${chosen.target.sku}`);
    await screenshot(page, "product");
    await page.getByRole("button", { name: "Add to cart" }).click();
    await page.getByRole("status").getByText("Added to your cart.").waitFor();
    await expect.poll(() => cartLink().innerText()).toBe("Cart (1)");
  });

  it("signs in: the guest cart merges into the account's cart, shown without reloading", async () => {
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill(shopper.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("We moved 1 line from your guest cart into your cart.").waitFor();
    await expect.poll(() => cartLink().innerText()).toBe("Cart (2)");
    await cartLink().click();
    await expect.poll(() => page.locator(".cart-lines tr").count()).toBe(2);
    await expect.poll(() => page.locator(".cart-lines").innerText()).toContain(chosen.title);
    await screenshot(page, "cart");
  });

  it("checks out with an address, a shipping method and the test payment method", async () => {
    await page.getByRole("link", { name: "Checkout" }).click();
    const address = { "First name": "Ada", "Last name": "Lovelace", "Street and number": "12 Analytical Row", "Postal code": "10115", City: "Berlin", "Country code (e.g. DE)": "DE" };
    for (const [label, value] of Object.entries(address)) await page.getByLabel(label).fill(value);
    await page.getByRole("button", { name: "Save address" }).click();
    await page.getByText("Saved: 12 Analytical Row, Berlin").waitFor();
    // The shipping radio shows the cart's method: it is checked once the API has set it.
    await page.getByRole("radio", { name: /^Standard shipping/ }).click();
    await expect.poll(() => page.getByRole("radio", { name: /^Standard shipping/ }).isChecked()).toBe(true);
    await page.getByRole("radio", { name: "Test payment" }).check();
    await screenshot(page, "checkout");
    await page.getByRole("button", { name: "Place order" }).click();
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();
    await expect.poll(() => cartLink().innerText()).toBe("Cart (0)");
  });

  it("finds the order in the account's history, paid, and opens it", async () => {
    const code = await page.getByTestId("order-code").innerText();
    const orders = (await request(server.url, MeDocument, {}, { headers: { authorization: shopper.authorization } })).data!.me!.orders!.nodes;
    expect(orders.map((o) => [o.code, o.state])).toEqual([[code, "PAYMENT_SETTLED"]]);

    await page.getByRole("link", { name: "Ada" }).click();
    const row = page.locator(".orders tr", { hasText: code });
    await expect.poll(() => row.innerText()).toContain("Paid");
    await screenshot(page, "account");
    await row.getByRole("link", { name: code }).click();
    await page.getByRole("heading", { level: 1, name: `Order ${code} Paid` }).waitFor();
    await expect.poll(() => page.locator(".order-summary tr").count()).toBe(2);
  });
});
