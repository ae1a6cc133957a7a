/**
 * Apollo Client 4 in Node against a test server, set up as a storefront would set it up with the
 * SDK: its cache, its session link, and a link sending the app's session and guest cart tokens.
 * Vitest loads Apollo's development build, so the cache's warnings (lost data, unmatched
 * fragments) reach the console, where `consoleProblems` catches them.
 */
import { ApolloClient, ApolloLink, HttpLink, type InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { createLarderCache, sessionLink } from "@larder/sdk/apollo";
import type { SessionEnd } from "@larder/sdk";
import { format } from "node:util";
import { vi, type MockInstance } from "vitest";
import type { TestServer } from "./server.js";

export interface TestApollo {
  client: ApolloClient;
  /** The tokens the app keeps and sends: a session (bearer) and a guest cart. */
  tokens: { session?: string; cart?: string };
  /** Session ends the session link reported, in order. */
  sessionEnds: SessionEnd[];
  /** HTTP requests sent so far. */
  requests(): number;
}

/** A client for `server`; `cache` replaces the SDK's (to show what goes wrong without it). */
export function apolloFor(server: TestServer, cache: InMemoryCache = createLarderCache()): TestApollo {
  const tokens: TestApollo["tokens"] = {};
  const sessionEnds: SessionEnd[] = [];
  let requests = 0;
  const headers = new SetContextLink((context) => ({
    headers: {
      ...context.headers,
      ...(tokens.session ? { authorization: `Bearer ${tokens.session}` } : {}),
      ...(tokens.cart ? { "x-cart-token": tokens.cart } : {}),
    },
  }));
  const http = new HttpLink({ uri: server.url, fetch: (input, init) => (requests++, fetch(input, init)) });
  const client = new ApolloClient({ link: ApolloLink.from([sessionLink((reason) => sessionEnds.push(reason)), headers, http]), cache });
  return { client, tokens, sessionEnds, requests: () => requests };
}

/** Watches console.warn and console.error (where Apollo reports cache problems); `take` returns and forgets what they got. */
export function consoleProblems(): { take(): string[]; restore(): void } {
  const spies: MockInstance[] = [vi.spyOn(console, "warn"), vi.spyOn(console, "error")];
  return {
    take() {
      const messages = spies.flatMap((spy) => spy.mock.calls.map((call) => format(...call)));
      for (const spy of spies) spy.mockClear();
      return messages;
    },
    restore() {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
