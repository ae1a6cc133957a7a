/**
 * The import rules of src/ (docs/architecture.md, "Dependency direction") and of the example
 * storefront in examples/, checked by `npm run check:deps` in CI. Type-only imports count like any other.
 */
const domains = (...names) => `^src/modules/(${names.join("|")})/`;

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Imports point one way: no file reaches itself again through its imports.",
      severity: "error",
      from: { path: "^(src|examples)/" },
      to: { circular: true },
    },
    {
      name: "no-unresolvable",
      comment: "Every import resolves, so the rules below see the whole graph.",
      severity: "error",
      from: { path: "^(src|examples)/" },
      to: { couldNotResolve: true },
    },
    {
      name: "no-other-module-resolver",
      comment: "A module uses another through its services, loaders, rules or types, never through its resolver files.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/[^/]+/.+[.]resolvers?[.]ts$", pathNot: "^src/modules/$1/" },
    },
    {
      name: "modules-below-the-server",
      comment: "Modules are wired by the server; they never import the wiring, the transports or the entry points.",
      severity: "error",
      from: { path: "^src/modules/" },
      to: { path: "^src/(graphql|http|worker)/|^src/(main|worker-main|server|schema|schema-file|permissions|loaders|background-work|start-data|seed-cli)[.]ts$" },
    },
    {
      name: "shared-and-db-at-the-bottom",
      comment: "shared/ and db/ import only each other and the generated client.",
      severity: "error",
      from: { path: "^src/(shared|db)/" },
      to: { path: "^src/", pathNot: "^src/(shared|db|generated)/" },
    },
    {
      name: "only-main-starts-the-server",
      comment: "The entry point is the only importer of the server wiring and of background work; nothing imports an entry point.",
      severity: "error",
      from: { pathNot: "^src/main[.]ts$" },
      to: { path: "^src/(main|worker-main|server|background-work)[.]ts$" },
    },
    {
      name: "node-at-the-base",
      comment: "The Node interface and node(id:) machinery know no domain.",
      severity: "error",
      from: { path: domains("node") },
      to: { path: "^src/modules/", pathNot: domains("node") },
    },
    {
      name: "events-at-the-base",
      comment: "Every module records events, so the outbox knows no domain: payload shapes are plain data.",
      severity: "error",
      from: { path: domains("events") },
      to: { path: "^src/modules/", pathNot: domains("events") },
    },
    {
      name: "identity-imports-no-other-domain",
      comment: "Identity is at the base: selling code that must react to a login registers a hook.",
      severity: "error",
      from: { path: domains("identity") },
      to: { path: domains("catalog", "pricing", "inventory", "promotions", "cart", "orders", "checkout", "hello", "jobs") },
    },
    {
      name: "catalog-below-selling",
      severity: "error",
      from: { path: domains("catalog") },
      to: { path: domains("pricing", "inventory", "promotions", "cart", "orders", "checkout", "hello") },
    },
    {
      name: "pricing-below-cart-orders-inventory-promotions",
      severity: "error",
      from: { path: domains("pricing") },
      to: { path: domains("inventory", "promotions", "cart", "orders", "checkout", "hello") },
    },
    {
      name: "inventory-and-promotions-below-cart-and-orders",
      severity: "error",
      from: { path: domains("inventory", "promotions") },
      to: { path: domains("cart", "orders", "checkout", "hello") },
    },
    {
      name: "inventory-and-promotions-apart",
      severity: "error",
      from: { path: "^src/modules/(inventory|promotions)/" },
      to: { path: domains("inventory", "promotions"), pathNot: "^src/modules/$1/" },
    },
    {
      name: "cart-and-orders-apart",
      comment: "Neither knows the other; checkout, above both, turns a cart into an order.",
      severity: "error",
      from: { path: "^src/modules/(cart|orders)/" },
      to: { path: domains("cart", "orders"), pathNot: "^src/modules/$1/" },
    },
    {
      name: "checkout-on-top",
      severity: "error",
      from: { path: domains("cart", "orders") },
      to: { path: domains("checkout", "hello") },
    },
    {
      name: "sdk-stands-alone",
      comment: "The SDK (src/sdk) is a package for clients: it imports no server code.",
      severity: "error",
      from: { path: "^src/sdk/" },
      to: { path: "^src/", pathNot: "^src/sdk/" },
    },
    {
      name: "server-without-the-sdk",
      comment: "The server never imports the SDK; clients and the tests do.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/sdk/" },
      to: { path: "^src/sdk/" },
    },
    {
      name: "examples-use-only-the-sdk",
      comment: "The example storefront uses the API as any client would: through @larder/sdk, never the server's, the tests' or other code of this repository.",
      severity: "error",
      from: { path: "^examples/" },
      to: { path: "^(src|test|bench|prisma)/", pathNot: "^src/sdk/" },
    },
    {
      name: "examples-import-the-sdk-by-name",
      comment: "A storefront imports the SDK as the package @larder/sdk, as it would outside this repository, not by a relative path into src/sdk.",
      severity: "error",
      from: { path: "^examples/" },
      to: { path: "^src/sdk/", dependencyTypes: ["local"] },
    },
    {
      name: "nothing-uses-the-demo",
      severity: "error",
      from: { path: "^src/modules/", pathNot: domains("hello") },
      to: { path: domains("hello") },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // Resolve packages the way Node and TypeScript do (package "exports", type-only packages).
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "types", "default"], mainFields: ["module", "main", "types", "typings"] },
  },
};
