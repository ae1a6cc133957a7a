/** Every module's DataLoaders, each created on first use within a request. */
import type { DbSource } from "./db-source.js";
import { createHelloLoaders } from "./modules/hello/hello.loaders.js";
import { createCustomerLoaders } from "./modules/identity/customer/customer.loaders.js";
import { createStaffLoaders } from "./modules/identity/staff/staff.loaders.js";
import { createCatalogLoaders } from "./modules/catalog/catalog.loaders.js";
import { createOrderLoaders } from "./modules/orders/order.loaders.js";
import { createWebhookLoaders } from "./modules/webhooks/webhook.loaders.js";

const factories = {
  ...createHelloLoaders,
  ...createCustomerLoaders,
  ...createStaffLoaders,
  ...createCatalogLoaders,
  ...createOrderLoaders,
  ...createWebhookLoaders,
};

type Factories = typeof factories;
export type Loaders = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };

/** One getter per loader on the prototype, defined once: a request pays only for loaders it uses. */
class LoaderRegistry {
  readonly created = new Map<string, unknown>();
  constructor(readonly source: DbSource) {}
}
for (const [name, factory] of Object.entries(factories)) {
  Object.defineProperty(LoaderRegistry.prototype, name, {
    get(this: LoaderRegistry) {
      let loader = this.created.get(name);
      if (loader === undefined) this.created.set(name, (loader = factory(this.source)));
      return loader;
    },
  });
}

/** Builds the loader registry of one request. */
export function createLoaders(source: DbSource): Loaders {
  return new LoaderRegistry(source) as unknown as Loaders;
}
