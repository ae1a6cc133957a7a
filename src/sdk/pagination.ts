/**
 * The cache's paging of one connection field, for clients that read `edges { cursor node }` and
 * for those that read only `nodes`. Apollo's relayStylePagination() serves only the first kind:
 * it joins pages by the cursors of their edges and keeps every other field, `nodes` included,
 * from the newest page, so with `nodes` page 2 silently replaces page 1. Here each page is kept
 * whole, placed by the cursor it was fetched after (or before), and reading joins the pages:
 * `edges` and `nodes` alike, `pageInfo` from the first and the last page, and other fields
 * (`totalCount`, `facets`) from the last one.
 */
import type { FieldPolicy, StoreObject } from "@apollo/client";

interface Page {
  after: string | null;
  before: string | null;
  data: StoreObject;
}

interface Pages {
  pages: Page[];
}

interface PageInfo extends StoreObject {
  startCursor?: string | null;
  endCursor?: string | null;
  hasPreviousPage?: boolean;
}

/** The cursors a page starts and ends at: from its `pageInfo`, else from its edges. */
function cursors(page: Page): { start: unknown; end: unknown } {
  const info = page.data.pageInfo as PageInfo | undefined;
  const edges = page.data.edges as StoreObject[] | undefined;
  return { start: info?.startCursor ?? edges?.[0]?.cursor, end: info?.endCursor ?? edges?.at(-1)?.cursor };
}

/** The pages after writing `page`: a first page starts over, a later one replaces what followed the page it continues. */
function place(pages: Page[], page: Page): Page[] {
  if (page.after !== null) {
    const continued = pages.findIndex((p) => cursors(p).end === page.after);
    const refetched = pages.findIndex((p) => p.after === page.after);
    const keep = continued >= 0 ? continued + 1 : refetched >= 0 ? refetched : pages.length;
    return [...pages.slice(0, keep), page];
  }
  if (page.before !== null) {
    const continued = pages.findIndex((p) => cursors(p).start === page.before);
    const refetched = pages.findIndex((p) => p.before === page.before);
    const from = continued >= 0 ? continued : refetched >= 0 ? refetched + 1 : 0;
    return [page, ...pages.slice(from)];
  }
  // The same first page read with another selection set keeps the fields only the other one asked for.
  const first = pages[0]?.after === null && pages[0].before === null ? pages[0].data : {};
  return [{ ...page, data: { ...first, ...page.data } }];
}

/** Every page's `list`, in order; undefined (so the cache fetches) when a page was read without it. */
function joined(pages: Page[], list: "edges" | "nodes"): unknown[] | undefined {
  return pages.every((p) => Array.isArray(p.data[list])) ? pages.flatMap((p) => p.data[list] as unknown[]) : undefined;
}

/** The field policy of a connection field whose lists differ by the arguments `keyArgs`. */
export function connectionPolicy(keyArgs: readonly string[]): FieldPolicy<Pages, StoreObject, StoreObject> {
  return {
    keyArgs: keyArgs.length > 0 ? [...keyArgs] : false,
    merge(existing, incoming, { args }) {
      const page: Page = { after: (args?.after as string | undefined) ?? null, before: (args?.before as string | undefined) ?? null, data: incoming };
      return { pages: place(existing?.pages ?? [], page) };
    },
    read(existing) {
      if (!existing || existing.pages.length === 0) return undefined;
      const { pages } = existing;
      const result: StoreObject = Object.assign({}, ...pages.map((p) => p.data));
      for (const list of ["edges", "nodes"] as const) {
        const items = joined(pages, list);
        if (items) result[list] = items;
        else delete result[list];
      }
      const first = pages[0]!.data.pageInfo as PageInfo | undefined;
      const last = pages.at(-1)!.data.pageInfo as PageInfo | undefined;
      if (first && last) result.pageInfo = { ...last, startCursor: first.startCursor, hasPreviousPage: first.hasPreviousPage };
      return result;
    },
  };
}
