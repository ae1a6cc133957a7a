/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ProductPage($first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          createdAt\n          priceRange {\n            min {\n              amount\n              currencyCode\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query ProductLookup($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      id\n      slug\n      availableForSale\n      variants(first: 100) {\n        nodes {\n          id\n          sku\n          price {\n            amount\n          }\n          selectedOptions {\n            name\n            value\n          }\n          availableForSale\n        }\n      }\n    }\n  }\n": typeof types.ProductLookupDocument,
    "\n  query Tree {\n    collections(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        slug\n        parent {\n          title\n        }\n        children {\n          title\n          slug\n          parent {\n            slug\n          }\n          products(first: 3) {\n            totalCount\n            nodes {\n              slug\n            }\n          }\n        }\n      }\n    }\n    bySlug: collection(slug: \"shirts\") {\n      title\n    }\n  }\n": typeof types.TreeDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Product {\n        slug\n      }\n      ... on Variant {\n        sku\n      }\n      ... on Collection {\n        slug\n      }\n      ... on Image {\n        url\n        width\n        height\n      }\n    }\n  }\n": typeof types.NodeLookupDocument,
    "\n  query StockQuery($slug: String!) {\n    product(slug: $slug) {\n      variants(first: 1) {\n        nodes {\n          stock {\n            onHand\n          }\n        }\n      }\n    }\n  }\n": typeof types.StockQueryDocument,
    "\n  query CatalogTree($first: Int!) {\n    products(first: $first, sort: TITLE_ASC) {\n      totalCount\n      nodes {\n        id\n        title\n        priceRange {\n          min {\n            amount\n          }\n        }\n        options {\n          name\n          values {\n            name\n          }\n        }\n        images {\n          url\n          width\n        }\n        featuredImage {\n          url\n        }\n        collections {\n          title\n          parent {\n            title\n          }\n        }\n        variants(first: 10) {\n          totalCount\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n            selectedOptions {\n              name\n              value\n            }\n            images {\n              url\n            }\n            stock {\n              onHand\n              allocated\n              available\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogTreeDocument,
    "\n  query SearchTree($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      nodes {\n        title\n        collections {\n          title\n        }\n        variants(first: 5) {\n          nodes {\n            sku\n            selectedOptions {\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            title\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchTreeDocument,
    "\n  query Hello {\n    hello\n  }\n": typeof types.HelloDocument,
    "\n  mutation Greet($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n      ... on HelloSuccess {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.GreetDocument,
    "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n": typeof types.TwoGreetingsDocument,
    "\n  mutation GreetForHttp($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": typeof types.GreetForHttpDocument,
    "\n  mutation GreetForLifecycle($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n": typeof types.GreetForLifecycleDocument,
    "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": typeof types.GreetingAfterRestartDocument,
    "\n  mutation GreetInProduction($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": typeof types.GreetInProductionDocument,
    "\n  query HelloOverWs {\n    hello\n  }\n": typeof types.HelloOverWsDocument,
    "\n  mutation GreetOverWs($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.GreetOverWsDocument,
};
const documents: Documents = {
    "\n  query ProductPage($first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          createdAt\n          priceRange {\n            min {\n              amount\n              currencyCode\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query ProductLookup($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      id\n      slug\n      availableForSale\n      variants(first: 100) {\n        nodes {\n          id\n          sku\n          price {\n            amount\n          }\n          selectedOptions {\n            name\n            value\n          }\n          availableForSale\n        }\n      }\n    }\n  }\n": types.ProductLookupDocument,
    "\n  query Tree {\n    collections(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        slug\n        parent {\n          title\n        }\n        children {\n          title\n          slug\n          parent {\n            slug\n          }\n          products(first: 3) {\n            totalCount\n            nodes {\n              slug\n            }\n          }\n        }\n      }\n    }\n    bySlug: collection(slug: \"shirts\") {\n      title\n    }\n  }\n": types.TreeDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Product {\n        slug\n      }\n      ... on Variant {\n        sku\n      }\n      ... on Collection {\n        slug\n      }\n      ... on Image {\n        url\n        width\n        height\n      }\n    }\n  }\n": types.NodeLookupDocument,
    "\n  query StockQuery($slug: String!) {\n    product(slug: $slug) {\n      variants(first: 1) {\n        nodes {\n          stock {\n            onHand\n          }\n        }\n      }\n    }\n  }\n": types.StockQueryDocument,
    "\n  query CatalogTree($first: Int!) {\n    products(first: $first, sort: TITLE_ASC) {\n      totalCount\n      nodes {\n        id\n        title\n        priceRange {\n          min {\n            amount\n          }\n        }\n        options {\n          name\n          values {\n            name\n          }\n        }\n        images {\n          url\n          width\n        }\n        featuredImage {\n          url\n        }\n        collections {\n          title\n          parent {\n            title\n          }\n        }\n        variants(first: 10) {\n          totalCount\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n            selectedOptions {\n              name\n              value\n            }\n            images {\n              url\n            }\n            stock {\n              onHand\n              allocated\n              available\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CatalogTreeDocument,
    "\n  query SearchTree($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      nodes {\n        title\n        collections {\n          title\n        }\n        variants(first: 5) {\n          nodes {\n            sku\n            selectedOptions {\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            title\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": types.SearchTreeDocument,
    "\n  query Hello {\n    hello\n  }\n": types.HelloDocument,
    "\n  mutation Greet($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n      ... on HelloSuccess {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.GreetDocument,
    "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n": types.TwoGreetingsDocument,
    "\n  mutation GreetForHttp($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": types.GreetForHttpDocument,
    "\n  mutation GreetForLifecycle($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n": types.GreetForLifecycleDocument,
    "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": types.GreetingAfterRestartDocument,
    "\n  mutation GreetInProduction($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": types.GreetInProductionDocument,
    "\n  query HelloOverWs {\n    hello\n  }\n": types.HelloOverWsDocument,
    "\n  mutation GreetOverWs($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.GreetOverWsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          createdAt\n          priceRange {\n            min {\n              amount\n              currencyCode\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductLookup($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      id\n      slug\n      availableForSale\n      variants(first: 100) {\n        nodes {\n          id\n          sku\n          price {\n            amount\n          }\n          selectedOptions {\n            name\n            value\n          }\n          availableForSale\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProductLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tree {\n    collections(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        slug\n        parent {\n          title\n        }\n        children {\n          title\n          slug\n          parent {\n            slug\n          }\n          products(first: 3) {\n            totalCount\n            nodes {\n              slug\n            }\n          }\n        }\n      }\n    }\n    bySlug: collection(slug: \"shirts\") {\n      title\n    }\n  }\n"): typeof import('./graphql.js').TreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Product {\n        slug\n      }\n      ... on Variant {\n        sku\n      }\n      ... on Collection {\n        slug\n      }\n      ... on Image {\n        url\n        width\n        height\n      }\n    }\n  }\n"): typeof import('./graphql.js').NodeLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockQuery($slug: String!) {\n    product(slug: $slug) {\n      variants(first: 1) {\n        nodes {\n          stock {\n            onHand\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StockQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogTree($first: Int!) {\n    products(first: $first, sort: TITLE_ASC) {\n      totalCount\n      nodes {\n        id\n        title\n        priceRange {\n          min {\n            amount\n          }\n        }\n        options {\n          name\n          values {\n            name\n          }\n        }\n        images {\n          url\n          width\n        }\n        featuredImage {\n          url\n        }\n        collections {\n          title\n          parent {\n            title\n          }\n        }\n        variants(first: 10) {\n          totalCount\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n            selectedOptions {\n              name\n              value\n            }\n            images {\n              url\n            }\n            stock {\n              onHand\n              allocated\n              available\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CatalogTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTree($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      nodes {\n        title\n        collections {\n          title\n        }\n        variants(first: 5) {\n          nodes {\n            sku\n            selectedOptions {\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            title\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hello {\n    hello\n  }\n"): typeof import('./graphql.js').HelloDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Greet($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n      ... on HelloSuccess {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').TwoGreetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetForHttp($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').GreetForHttpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetForLifecycle($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetForLifecycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').GreetingAfterRestartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetInProduction($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').GreetInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelloOverWs {\n    hello\n  }\n"): typeof import('./graphql.js').HelloOverWsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetOverWs($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetOverWsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
