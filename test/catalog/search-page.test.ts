/**
 * Search answers its page, total and facets from one statement (search-page.ts): the totals and
 * facet counts must be what the matching products themselves hold, and the pages the same as the
 * page-only path gives, in every sort order and through cursors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import type { ProductFilter, ProductSort, TypedDocumentString } from "../gql/graphql.js";
import { seedTestCatalog } from "../helpers/catalog.js";
import { query as sql } from "../helpers/database.js";
import { startTestServer, type GraphQLResponse, type TestServer } from "../helpers/server.js";

const SearchWhole = graphql(`
  query SearchWhole($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {
    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        priceRange {
          min {
            amount
          }
        }
        collections {
          id
        }
        variants(first: 20) {
          nodes {
            selectedOptions {
              name
              value
            }
          }
        }
      }
      facets {
        options {
          name
          values {
            value
            count
          }
        }
        collections {
          count
          collection {
            id
          }
        }
        prices {
          min {
            amount
          }
          max {
            amount
          }
          count
        }
      }
    }
  }
`);

const SearchPageOnly = graphql(`
  query SearchPageOnly($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {
    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);

const SearchCounts = graphql(`
  query SearchCounts($query: String!) {
    search(query: $query, first: 3) {
      totalCount
      nodes {
        title
      }
      facets {
        options {
          name
          values {
            value
            count
          }
        }
        prices {
          count
        }
      }
    }
  }
`);

const SearchAlong = graphql(`
  query SearchAlong($query: String!) {
    search(query: $query, first: 7) {
      totalCount
      nodes {
        id
        featuredImage {
          url
          width
        }
        images {
          url
          alt
        }
      }
      edges {
        node {
          id
          featuredImage {
            url
          }
        }
      }
      facets {
        collections {
          count
          collection {
            id
            title
            slug
          }
        }
      }
    }
  }
`);

const AlongByLoaders = graphql(`
  query AlongByLoaders($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Product {
        id
        featuredImage {
          url
          width
        }
        images {
          url
          alt
        }
      }
      ... on Collection {
        id
        title
        slug
      }
    }
  }
`);

/** Every match with its options in their order and the options its live variants use, and the option facet. */
const SearchOptionOrder = graphql(`
  query SearchOptionOrder($query: String!, $after: String) {
    search(query: $query, first: 25, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        options {
          name
          values {
            name
          }
        }
        variants(first: 50) {
          nodes {
            selectedOptions {
              name
              value
            }
          }
        }
      }
      facets {
        options {
          name
          values {
            value
            count
          }
        }
      }
    }
  }
`);

/** A search page showing few product fields (the other columns stay behind), and all of them through a fragment. */
const SearchCards = graphql(`
  query SearchCards($query: String!) {
    search(query: $query, first: 7) {
      totalCount
      nodes {
        id
        ...SearchPageCard
      }
    }
  }
`);

const SearchDetails = graphql(`
  query SearchDetails($query: String!) {
    search(query: $query, first: 7) {
      totalCount
      nodes {
        id
        ...SearchPageCard
        ...SearchPageDetails
      }
    }
  }
`);

const ProductAlone = graphql(`
  query SearchPageProductAlone($id: ID!) {
    product(id: $id) {
      ...SearchPageCard
      ...SearchPageDetails
    }
  }
`);

graphql(`
  fragment SearchPageCard on Product {
    title
    slug
    status
    priceRange {
      min {
        amount
      }
    }
    featuredImage {
      url
    }
  }
`);

graphql(`
  fragment SearchPageDetails on Product {
    description
    version
    createdAt
    updatedAt
  }
`);

/** Every page of a search, following `endCursor` from the first page. */
async function everyPage<R extends { search: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } } }, V extends { after?: string | null }>(
  document: TypedDocumentString<R, V>,
  variables: Omit<V, "after">,
): Promise<R["search"][]> {
  const pages: R["search"][] = [];
  let after: string | null = null;
  do {
    const { body }: GraphQLResponse<R> = await server.gql(document, { ...variables, after } as V);
    expect(body.errors).toBeUndefined();
    pages.push(body.data!.search);
    after = body.data!.search.pageInfo.hasNextPage ? body.data!.search.pageInfo.endCursor! : null;
  } while (after);
  return pages;
}

let server: TestServer;
beforeAll(async () => {
  // Every product's variants on every page cost more than one operation may by default.
  server = await startTestServer({ MAX_QUERY_COST: "100000" });
  await seedTestCatalog(server, 60);
});
afterAll(async () => {
  await server.stop();
});

const CASES: { query: string; sort: ProductSort; filter?: ProductFilter }[] = [
  { query: "", sort: "NEWEST" },
  { query: "e", sort: "RELEVANCE" },
  { query: "cotton", sort: "PRICE_ASC" },
  { query: "", sort: "TITLE_DESC", filter: { priceMax: "60.00" } },
];
const BANDS = ["0.00", "10.00", "25.00", "50.00", "100.00", "250.00", "500.00", "1000.00"];

const tally = (keys: string[]) => Object.fromEntries([...new Set(keys)].sort().map((key) => [key, keys.filter((k) => k === key).length]));

describe("search: page, total and facets in one statement", () => {
  it.each(CASES)("$query by $sort: the total and every facet count what the matching products hold; pages equal the page-only path", async (variables) => {
    const pages = await everyPage(SearchWhole, variables);
    const first = pages[0];
    const whole = pages.flatMap((page) => page.nodes);
    const pageOnly = (await everyPage(SearchPageOnly, variables)).flatMap((page) => page.nodes.map((n) => n.id));

    expect(whole.length).toBeGreaterThan(7);
    expect(whole.map((n) => n.id)).toEqual(pageOnly);
    expect(first!.totalCount).toBe(whole.length);
    const { facets } = first!;
    // Options: how many matching products have a live variant with the value.
    const pairs = whole.flatMap((product) => [...new Set(product.variants.nodes.flatMap((v) => v.selectedOptions.map((o) => `${o.name}=${o.value}`)))]);
    expect(tally(facets.options.flatMap((o) => o.values.flatMap((v) => Array<string>(v.count).fill(`${o.name}=${v.value}`))))).toEqual(tally(pairs));
    // Collections: how many matching products each holds directly.
    const inCollections = whole.flatMap((product) => product.collections.map((c) => c.id));
    expect(tally(facets.collections.flatMap((c) => Array<string>(c.count).fill(c.collection.id)))).toEqual(tally(inCollections));
    // Prices: the band of each matching product's lowest price.
    const band = (amount: string) => BANDS.filter((edge) => Number(edge) <= Number(amount)).at(-1)!;
    const bands = whole.filter((p) => p.priceRange).map((p) => band(p.priceRange!.min.amount));
    expect(tally(facets.prices.flatMap((p) => Array<string>(p.count).fill(p.min.amount)))).toEqual(tally(bands));
    expect(facets.prices.every((p) => p.max === null ? p.min.amount === BANDS.at(-1) : BANDS.indexOf(p.max.amount) === BANDS.indexOf(p.min.amount) + 1)).toBe(true);
  });

  it("costs one statement for the page, the total and the facets, for any page size", async () => {
    const { body } = await server.gql(SearchCounts, { query: "e" }, { sql: true });
    expect(body.errors).toBeUndefined();
    expect(body.data!.search.totalCount).toBeGreaterThan(3);
    expect(body.data!.search.nodes).toHaveLength(3);
    expect(body.data!.search.facets.options.length).toBeGreaterThan(0);
    expect(body.extensions?.sqlStatements).toBe(1);
  });

  it.each(["e", "cotton"])("reads the page's images and the facets' collections along for %j: still one statement, the same as their loaders read", async (query) => {
    const { body } = await server.gql(SearchAlong, { query }, { sql: true });
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.sqlStatements).toBe(1);
    const { nodes, edges, facets } = body.data!.search;
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.some((node) => node.images.length > 1)).toBe(true);
    expect(facets.collections.length).toBeGreaterThan(0);
    expect(edges.map((edge) => edge.node)).toEqual(nodes.map((node) => ({ id: node.id, featuredImage: node.featuredImage && { url: node.featuredImage.url } })));

    const ids = [...nodes.map((node) => node.id), ...facets.collections.map((facet) => facet.collection.id)];
    const loaded = await server.gql(AlongByLoaders, { ids });
    expect(loaded.body.errors).toBeUndefined();
    expect(loaded.body.data!.nodes).toEqual([...nodes, ...facets.collections.map((facet) => facet.collection)]);
  });

  it.each(["e", "cotton"])("leaves behind the page columns no field reads, and reads them when a fragment asks: each product as it reads alone, for %j", async (query) => {
    const cards = await server.gql(SearchCards, { query });
    const details = await server.gql(SearchDetails, { query });
    expect(cards.body.errors).toBeUndefined();
    expect(details.body.errors).toBeUndefined();
    const shown = details.body.data!.search.nodes;
    expect(shown.length).toBeGreaterThan(3);
    expect(cards.body.data!.search.nodes.map((node) => node.id)).toEqual(shown.map((node) => node.id));
    for (const [index, { id, ...fields }] of shown.entries()) {
      const alone = (await server.gql(ProductAlone, { id })).body.data!.product!;
      expect(alone.description && alone.createdAt && alone.updatedAt && alone.version >= 1).toBeTruthy();
      expect(fields).toEqual(alone);
      const { description: _d, version: _v, createdAt: _c, updatedAt: _u, ...card } = alone;
      const { id: _, ...cardShown } = cards.body.data!.search.nodes[index]!;
      expect(cardShown).toEqual(card);
    }
  });

  it.each(["", "e"])("orders the option facet for %j as the matching products order their options: by a value's average place among the pairs each product's variants use", async (query) => {
    const pages = await everyPage(SearchOptionOrder, { query });
    const facets = pages[0]!.facets;
    const matches = pages.flatMap((page) => page.nodes);
    // Each product's pairs in option order, then value order, kept when a live variant uses them; a pair's place is its index there, from 1.
    const places = new Map<string, { name: string; value: string; sum: number; count: number }>();
    for (const product of matches) {
      const used = new Set(product.variants.nodes.flatMap((variant) => variant.selectedOptions.map((o) => `${o.name}=${o.value}`)));
      const pairs = product.options.flatMap((option) => option.values.map((value) => ({ name: option.name, value: value.name }))).filter((pair) => used.has(`${pair.name}=${pair.value}`));
      pairs.forEach((pair, index) => {
        const key = `${pair.name}=${pair.value}`;
        const entry = places.get(key) ?? { ...pair, sum: 0, count: 0 };
        places.set(key, { ...entry, sum: entry.sum + index + 1, count: entry.count + 1 });
      });
    }
    const average = (entry: { sum: number; count: number }) => entry.sum / entry.count;
    const names = [...new Set([...places.values()].map((entry) => entry.name))];
    const first = (name: string) => Math.min(...[...places.values()].filter((entry) => entry.name === name).map(average));
    const expected = names
      .sort((a, b) => first(a) - first(b) || a.localeCompare(b))
      .map((name) => ({
        name,
        values: [...places.values()]
          .filter((entry) => entry.name === name)
          .sort((a, b) => average(a) - average(b) || a.value.localeCompare(b.value))
          .map((entry) => ({ value: entry.value, count: entry.count })),
      }));
    expect(matches.length).toBeGreaterThan(7);
    expect(expected.flatMap((option) => option.values).length).toBeGreaterThan(5);
    expect(facets.options).toEqual(expected);
  });

  it("reads only the featured image along when the page shows no other image: one statement, the image each product shows alone", async () => {
    const before = await server.gql(SearchCards, { query: "e" });
    const ids = before.body.data!.search.nodes.map((node) => node.id);
    const rows = await sql<{ id: string; slug: string; images: string[] }>(
      server.databaseUrl,
      `SELECT p.id, p.slug, array_agg(pi.image_id ORDER BY pi.position) AS images FROM product p JOIN product_image pi ON pi.product_id = p.id
        WHERE p.slug = ANY($1) GROUP BY p.id HAVING count(*) > 1 ORDER BY p.id LIMIT 4`,
      [before.body.data!.search.nodes.map((node) => node.slug)],
    );
    expect(rows).toHaveLength(4);
    const [second, none, stale, bare] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    // Featured: the second image; none chosen (the first shows); one the product no longer shows (the first shows); and no images at all.
    await sql(server.databaseUrl, "UPDATE product SET featured_image_id = $2 WHERE id = $1", [second.id, second.images[1]]);
    await sql(server.databaseUrl, "UPDATE product SET featured_image_id = NULL WHERE id = $1", [none.id]);
    await sql(server.databaseUrl, "DELETE FROM product_image WHERE product_id = $1 AND image_id = $2", [stale.id, stale.images[0]]);
    await sql(server.databaseUrl, "UPDATE product SET featured_image_id = $2 WHERE id = $1", [stale.id, stale.images[0]]);
    await sql(server.databaseUrl, "DELETE FROM product_image WHERE product_id = $1", [bare.id]);

    const { body } = await server.gql(SearchCards, { query: "e" }, { sql: true });
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.sqlStatements).toBe(1);
    const nodes = body.data!.search.nodes;
    expect(nodes.map((node) => node.id)).toEqual(ids);
    for (const { id, ...card } of nodes) {
      const alone = (await server.gql(ProductAlone, { id })).body.data!.product!;
      expect(card.featuredImage).toEqual(alone.featuredImage);
    }
    const urlOf = async (imageId: string) => (await sql<{ storage_key: string }>(server.databaseUrl, "SELECT storage_key FROM image WHERE id = $1", [imageId]))[0]!.storage_key;
    const shown = new Map(nodes.map((node) => [node.slug, node.featuredImage?.url ?? null]));
    expect(shown.get(second.slug)).toContain(await urlOf(second.images[1]!));
    expect(shown.get(none.slug)).toContain(await urlOf(none.images[0]!));
    expect(shown.get(stale.slug)).toContain(await urlOf(stale.images[1]!));
    expect(shown.get(bare.slug)).toBeNull();
  });
});
