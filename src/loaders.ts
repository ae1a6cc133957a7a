/** Every module's DataLoaders, created fresh for each request. */
import type { Db } from "./db/client.js";
import { createHelloLoaders } from "./modules/hello/hello.loaders.js";

/** Builds the loaders of one request. */
export function createLoaders(db: Db) {
  return { ...createHelloLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;
