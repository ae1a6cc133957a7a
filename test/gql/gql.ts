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
    "\n  query StockQuery($slug: String!) {\n    product(slug: $slug) {\n      title\n      variants(first: 1) {\n        nodes {\n          sku\n          stock {\n            onHand\n          }\n        }\n      }\n    }\n  }\n": typeof types.StockQueryDocument,
    "\n  mutation AttachProductImages($input: SetProductImagesInput!) {\n    setProductImages(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n          images {\n            id\n            width\n          }\n          featuredImage {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": typeof types.AttachProductImagesDocument,
    "\n  mutation AttachVariantImages($input: SetVariantImagesInput!) {\n    setVariantImages(input: $input) {\n      __typename\n      ... on VariantUpdated {\n        variant {\n          version\n          images {\n            id\n          }\n          featuredImage {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttachVariantImagesDocument,
    "\n  mutation MakeImageProduct {\n    createProduct(input: { title: \"Pictured\", status: ACTIVE }) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n    createVariant: createProduct(input: { title: \"Pictured Variant Holder\", status: ACTIVE }) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MakeImageProductDocument,
    "\n  mutation AddImageVariant($productId: ID!) {\n    createVariant(input: { productId: $productId, sku: \"PIC-1\", price: \"1.00\" }) {\n      ... on VariantCreated {\n        variant {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AddImageVariantDocument,
    "query ImageUrl($id: ID!) { node(id: $id) { ... on Image { url } } }": typeof types.ImageUrlDocument,
    "\n  fragment JsonRowsProduct on Product {\n    slug\n    title\n    description\n    status\n    version\n    createdAt\n    updatedAt\n    priceRange {\n      min {\n        amount\n      }\n      max {\n        amount\n      }\n    }\n  }\n": typeof types.JsonRowsProductFragmentDoc,
    "\n  fragment JsonRowsVariant on Variant {\n    id\n    sku\n    position\n    price {\n      amount\n    }\n    compareAtPrice {\n      amount\n    }\n    weightGrams\n    trackInventory\n    allowBackorder\n    availableForSale\n    archivedAt\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.JsonRowsVariantFragmentDoc,
    "\n  query JsonRowsListAlong {\n    products(first: 20, sort: NEWEST) {\n      nodes {\n        ...JsonRowsProduct\n        variants(first: 10) {\n          nodes {\n            ...JsonRowsVariant\n            stock {\n              onHand\n              allocated\n            }\n            product {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.JsonRowsListAlongDocument,
    "\n  query JsonRowsPageAlong($after: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: 2, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n          variants(first: 3) {\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.JsonRowsPageAlongDocument,
    "\n  query JsonRowsPagePlain($after: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: 2, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.JsonRowsPagePlainDocument,
    "\n  query JsonRowsCombined($slug: String!, $collection: String!) {\n    collection(slug: $collection) {\n      slug\n    }\n    product(slug: $slug) {\n      ...JsonRowsProduct\n      options {\n        name\n      }\n      variants(first: 10) {\n        nodes {\n          ...JsonRowsVariant\n          stock {\n            onHand\n            allocated\n          }\n          product {\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.JsonRowsCombinedDocument,
    "\n  query JsonRowsProductAlone($slug: String!) {\n    product(slug: $slug) {\n      ...JsonRowsProduct\n    }\n  }\n": typeof types.JsonRowsProductAloneDocument,
    "\n  query JsonRowsVariantAlone($id: ID!) {\n    node(id: $id) {\n      ...JsonRowsVariant\n    }\n  }\n": typeof types.JsonRowsVariantAloneDocument,
    "\n  query ListColumnsTrimmed {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        slug\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsTrimmedDocument,
    "\n  query ListColumnsElsewhere($id: ID!) {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        slug\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n    product(id: $id) {\n      description\n      version\n      createdAt\n      updatedAt\n      featuredImage {\n        url\n      }\n      variants(first: 10) {\n        pageInfo {\n          endCursor\n        }\n        edges {\n          cursor\n        }\n        nodes {\n          sku\n          position\n          featuredImage {\n            url\n          }\n          weightGrams\n          compareAtPrice {\n            amount\n          }\n          version\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsElsewhereDocument,
    "\n  query ListColumnsAlone($id: ID!) {\n    product(id: $id) {\n      ...ListColumnsProduct\n    }\n  }\n": typeof types.ListColumnsAloneDocument,
    "\n  fragment ListColumnsProduct on Product {\n    description\n    version\n    createdAt\n    updatedAt\n    featuredImage {\n      url\n    }\n    variants(first: 10) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        sku\n        position\n        featuredImage {\n          url\n        }\n        weightGrams\n        compareAtPrice {\n          amount\n        }\n        version\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.ListColumnsProductFragmentDoc,
    "\n  query ListColumnsThroughFragment {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        ...ListColumnsProduct\n      }\n    }\n  }\n": typeof types.ListColumnsThroughFragmentDocument,
    "\n  query ListColumnsCursorsWithVariants {\n    products(first: 3, sort: NEWEST) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          variants(first: 2) {\n            pageInfo {\n              endCursor\n            }\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsCursorsWithVariantsDocument,
    "\n  query ListColumnsCursorsAlone {\n    products(first: 3, sort: NEWEST) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsCursorsAloneDocument,
    "\n  query ListColumnsVariantCursorAlone($id: ID!) {\n    product(id: $id) {\n      variants(first: 2) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsVariantCursorAloneDocument,
    "\n  query ListColumnsVariantIdsElsewhere($id: ID!) {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n    product(id: $id) {\n      variants(first: 10) {\n        nodes {\n          sku\n          title\n          selectedOptions {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsVariantIdsElsewhereDocument,
    "\n  query ListColumnsVariantIdsAlone($id: ID!) {\n    product(id: $id) {\n      variants(first: 10) {\n        nodes {\n          id\n          sku\n          title\n          selectedOptions {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsVariantIdsAloneDocument,
    "\n  query ListColumnsVariantIdsThroughNode {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        variants(first: 10) {\n          nodes {\n            sku\n            ... on Node {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListColumnsVariantIdsThroughNodeDocument,
    "\n  query ListColumnsListPage {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        ...ListColumnsCard\n      }\n    }\n  }\n": typeof types.ListColumnsListPageDocument,
    "\n  query ListColumnsCardAlone($id: ID!) {\n    product(id: $id) {\n      ...ListColumnsCard\n    }\n  }\n": typeof types.ListColumnsCardAloneDocument,
    "\n  fragment ListColumnsCard on Product {\n    title\n    slug\n    status\n    priceRange {\n      min {\n        amount\n        currencyCode\n      }\n      max {\n        amount\n      }\n    }\n    variants(first: 10) {\n      nodes {\n        sku\n        price {\n          amount\n        }\n        availableForSale\n        trackInventory\n        allowBackorder\n      }\n    }\n  }\n": typeof types.ListColumnsCardFragmentDoc,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          title\n          slug\n          status\n          version\n        }\n      }\n      ... on VersionConflict {\n        currentVersion\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation ArchiveProduct($input: ArchiveProductInput!) {\n    archiveProduct(input: $input) {\n      __typename\n      ... on ProductArchived {\n        product {\n          status\n          version\n        }\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": typeof types.ArchiveProductDocument,
    "\n  mutation SetOptions($input: SetProductOptionsInput!) {\n    setProductOptions(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n          options {\n            id\n            name\n            values {\n              name\n            }\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.SetOptionsDocument,
    "\n  mutation CreateVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n      ... on VariantCreated {\n        variant {\n          id\n          sku\n          title\n          version\n          price {\n            amount\n          }\n          compareAtPrice {\n            amount\n          }\n          availableForSale\n          product {\n            priceRange {\n              min {\n                amount\n              }\n              max {\n                amount\n              }\n            }\n          }\n        }\n      }\n      ... on SkuTaken {\n        sku\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateVariantDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CollectionCreated {\n        collection {\n          id\n          slug\n          version\n          position\n          parent {\n            slug\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateCollectionDocument,
    "\n  query FuzzyMatches($query: String!) {\n    search(query: $query, first: 50) {\n      totalCount\n      nodes {\n        title\n      }\n    }\n    products(first: 50, filter: { query: $query }) {\n      totalCount\n      nodes {\n        title\n      }\n    }\n  }\n": typeof types.FuzzyMatchesDocument,
    "\n  query SearchWhole($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {\n    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        priceRange {\n          min {\n            amount\n          }\n        }\n        collections {\n          id\n        }\n        variants(first: 20) {\n          nodes {\n            selectedOptions {\n              name\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            id\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          max {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchWholeDocument,
    "\n  query SearchPageOnly($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {\n    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.SearchPageOnlyDocument,
    "\n  query SearchCounts($query: String!) {\n    search(query: $query, first: 3) {\n      totalCount\n      nodes {\n        title\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        prices {\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchCountsDocument,
    "\n  query SearchAlong($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        featuredImage {\n          url\n          width\n        }\n        images {\n          url\n          alt\n        }\n      }\n      edges {\n        node {\n          id\n          featuredImage {\n            url\n          }\n        }\n      }\n      facets {\n        collections {\n          count\n          collection {\n            id\n            title\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchAlongDocument,
    "\n  query AlongByLoaders($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Product {\n        id\n        featuredImage {\n          url\n          width\n        }\n        images {\n          url\n          alt\n        }\n      }\n      ... on Collection {\n        id\n        title\n        slug\n      }\n    }\n  }\n": typeof types.AlongByLoadersDocument,
    "\n  query SearchOptionOrder($query: String!, $after: String) {\n    search(query: $query, first: 25, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        options {\n          name\n          values {\n            name\n          }\n        }\n        variants(first: 50) {\n          nodes {\n            selectedOptions {\n              name\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchOptionOrderDocument,
    "\n  query SearchCards($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        ...SearchPageCard\n      }\n    }\n  }\n": typeof types.SearchCardsDocument,
    "\n  query SearchDetails($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        ...SearchPageCard\n        ...SearchPageDetails\n      }\n    }\n  }\n": typeof types.SearchDetailsDocument,
    "\n  query SearchPageProductAlone($id: ID!) {\n    product(id: $id) {\n      ...SearchPageCard\n      ...SearchPageDetails\n    }\n  }\n": typeof types.SearchPageProductAloneDocument,
    "\n  fragment SearchPageCard on Product {\n    title\n    slug\n    status\n    priceRange {\n      min {\n        amount\n      }\n    }\n    featuredImage {\n      url\n    }\n  }\n": typeof types.SearchPageCardFragmentDoc,
    "\n  fragment SearchPageDetails on Product {\n    description\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.SearchPageDetailsFragmentDoc,
    "\n  query SearchWords($query: String!) {\n    search(query: $query, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.SearchWordsDocument,
    "\n  mutation RetitleProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RetitleProductDocument,
    "\n  query Search($query: String!, $first: Int, $after: String, $filter: ProductFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        title\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            slug\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          max {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation SearchFixture($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchFixtureDocument,
    "\n  mutation SearchFixtureVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SearchFixtureVariantDocument,
    "\n  query CatalogTree($first: Int!) {\n    products(first: $first, sort: TITLE_ASC) {\n      totalCount\n      nodes {\n        id\n        title\n        priceRange {\n          min {\n            amount\n          }\n        }\n        options {\n          name\n          values {\n            name\n          }\n        }\n        images {\n          url\n          width\n        }\n        featuredImage {\n          url\n        }\n        collections {\n          title\n          parent {\n            title\n          }\n        }\n        variants(first: 10) {\n          totalCount\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n            selectedOptions {\n              name\n              value\n            }\n            images {\n              url\n            }\n            stock {\n              onHand\n              allocated\n              available\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogTreeDocument,
    "\n  query SearchTree($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      nodes {\n        title\n        collections {\n          title\n        }\n        variants(first: 5) {\n          nodes {\n            sku\n            selectedOptions {\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            title\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchTreeDocument,
    "\n  query ProductListTree($first: Int!, $variants: Int!) {\n    products(first: $first) {\n      nodes {\n        id\n        title\n        slug\n        priceRange {\n          min {\n            amount\n            currencyCode\n          }\n        }\n        variants(first: $variants) {\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductListTreeDocument,
    "\n  query ProductPageTree($slug: String!, $variants: Int!) {\n    product(slug: $slug) {\n      id\n      title\n      slug\n      description\n      status\n      availableForSale\n      priceRange {\n        min {\n          amount\n          currencyCode\n        }\n        max {\n          amount\n          currencyCode\n        }\n      }\n      options {\n        id\n        name\n        values {\n          id\n          name\n        }\n      }\n      images {\n        url\n        width\n        height\n        alt\n      }\n      featuredImage {\n        url\n        width\n        height\n      }\n      collections {\n        title\n        slug\n        parent {\n          title\n          slug\n        }\n      }\n      variants(first: $variants) {\n        totalCount\n        nodes {\n          id\n          sku\n          title\n          price {\n            amount\n            currencyCode\n          }\n          compareAtPrice {\n            amount\n            currencyCode\n          }\n          availableForSale\n          weightGrams\n          selectedOptions {\n            name\n            value\n          }\n          featuredImage {\n            url\n          }\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ProductPageTreeDocument,
    "\n  query VariantsAlong($first: Int, $last: Int, $variants: Int!, $other: Int!) {\n    products(first: $first, last: $last) {\n      nodes {\n        slug\n        variants(first: $variants) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            sku\n            createdAt\n            archivedAt\n          }\n        }\n        other: variants(first: $other) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n  }\n": typeof types.VariantsAlongDocument,
    "\n  query VariantAlone($id: ID!) {\n    node(id: $id) {\n      ... on Variant {\n        sku\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.VariantAloneDocument,
    "\n  mutation UpdateVariant($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      __typename\n      ... on VariantUpdated {\n        variant {\n          sku\n          version\n          price {\n            amount\n          }\n          compareAtPrice {\n            amount\n          }\n        }\n      }\n      ... on VersionConflict {\n        currentVersion\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateVariantDocument,
    "\n  mutation ArchiveVariant($input: ArchiveVariantInput!) {\n    archiveVariant(input: $input) {\n      __typename\n      ... on VariantArchived {\n        variant {\n          archivedAt\n          availableForSale\n          product {\n            priceRange {\n              min {\n                amount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArchiveVariantDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on CollectionUpdated {\n        collection {\n          version\n          parent {\n            slug\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateCollectionDocument,
    "\n  mutation SetCollectionProducts($input: SetCollectionProductsInput!) {\n    setCollectionProducts(input: $input) {\n      __typename\n      ... on CollectionUpdated {\n        collection {\n          version\n          products(first: 10) {\n            nodes {\n              slug\n            }\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SetCollectionProductsDocument,
    "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on CollectionDeleted {\n        deletedId\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeleteCollectionDocument,
    "\n  query SearchCollections($query: String!) {\n    search(query: $query) {\n      facets {\n        collections {\n          count\n          collection {\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchCollectionsDocument,
    "\n  mutation CreateDearVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n      ... on VariantCreated {\n        variant {\n          price {\n            amount\n          }\n        }\n      }\n      ... on UserError {\n        code\n        path\n        message\n      }\n    }\n  }\n": typeof types.CreateDearVariantDocument,
    "\n  mutation CreateDearCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.CreateDearCouponDocument,
    "\n  query MergedCart {\n    cart {\n      lines {\n        sku\n        quantity\n      }\n      shippingAddress {\n        city\n      }\n      shippingMethod {\n        code\n      }\n      coupons {\n        code\n      }\n    }\n  }\n": typeof types.MergedCartDocument,
    "\n  mutation LoginWithCart($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoggedIn {\n        cart {\n          id\n          totalQuantity\n          lines {\n            sku\n            quantity\n          }\n        }\n        guestCartMerge {\n          mergedLines\n          droppedLines\n        }\n      }\n    }\n  }\n": typeof types.LoginWithCartDocument,
    "query CartId { cart { id } }": typeof types.CartIdDocument,
    "\n  query CartQuery {\n    cart {\n      ...CartFields\n      availableShippingMethods {\n        code\n        price {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.CartQueryDocument,
    "\n  mutation UpdateLine($input: UpdateCartLineInput!) {\n    updateCartLine(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          totalQuantity\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.UpdateLineDocument,
    "\n  mutation RemoveLine($input: RemoveCartLineInput!) {\n    removeCartLine(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          totalQuantity\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.RemoveLineDocument,
    "\n  mutation Details($email: SetCartEmailInput!, $address: SetCartShippingAddressInput!, $method: SetCartShippingMethodInput!) {\n    setCartEmail(input: $email) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n    setCartShippingAddress(input: $address) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n    setCartShippingMethod(input: $method) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.DetailsDocument,
    "\n  mutation AddToBook($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressCreated {\n        address {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AddToBookDocument,
    "\n  mutation ShipTo($input: SetCartShippingAddressInput!) {\n    setCartShippingAddress(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          shippingAddress {\n            firstName\n            line1\n            city\n            countryCode\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.ShipToDocument,
    "\n  mutation BillTo($input: SetCartBillingAddressInput!) {\n    setCartBillingAddress(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          billingAddress {\n            firstName\n            line1\n            city\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.BillToDocument,
    "\n  query CartAddresses {\n    cart {\n      shippingAddress {\n        line1\n      }\n      billingAddress {\n        line1\n      }\n    }\n  }\n": typeof types.CartAddressesDocument,
    "\n  query OrderAddresses($code: String!, $id: ID!) {\n    order(code: $code) {\n      shippingAddress {\n        line1\n        city\n      }\n      billingAddress {\n        firstName\n        line1\n        city\n      }\n    }\n    node(id: $id) {\n      ... on Order {\n        billingAddress {\n          line1\n        }\n      }\n    }\n  }\n": typeof types.OrderAddressesDocument,
    "\n  mutation SetMethodOnly {\n    setCartShippingMethod(input: { code: \"standard\" }) {\n      __typename\n    }\n  }\n": typeof types.SetMethodOnlyDocument,
    "\n  query CheckoutCart {\n    cart {\n      id\n      totalQuantity\n    }\n  }\n": typeof types.CheckoutCartDocument,
    "\n  mutation PlaceWithToken($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        statusToken\n        order {\n          id\n          code\n          email\n        }\n      }\n    }\n  }\n": typeof types.PlaceWithTokenDocument,
    "\n  query StatusByToken($token: String!) {\n    orderByStatusToken(token: $token) {\n      code\n      state\n      trackingCode\n      placedAt\n      lines {\n        sku\n        quantity\n        subtotal {\n          amount\n        }\n      }\n      totals {\n        total {\n          amount\n          currencyCode\n        }\n      }\n      shippingAddress {\n        city\n        countryCode\n      }\n      shippingMethod {\n        code\n      }\n      history {\n        from\n        to\n      }\n    }\n  }\n": typeof types.StatusByTokenDocument,
    "\n  query TokenAndNothingElse($token: String!, $code: String!, $id: ID!) {\n    orderByStatusToken(token: $token) {\n      code\n    }\n    order(code: $code) {\n      code\n    }\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.TokenAndNothingElseDocument,
    "\n  mutation LookUp($input: LookUpOrderInput!) {\n    lookUpOrder(input: $input) {\n      __typename\n      ... on OrderFound {\n        order {\n          code\n          state\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.LookUpDocument,
    "\n  query TypeFields($name: String!) {\n    __type(name: $name) {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.TypeFieldsDocument,
    "\n  mutation FulfilForStatus($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.FulfilForStatusDocument,
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      __typename\n      ... on StockAdjusted {\n        variant {\n          sku\n          stock {\n            onHand\n            allocated\n            available\n          }\n        }\n        movement {\n          kind\n          reason\n          onHandDelta\n          allocatedDelta\n          note\n          actorKind\n          staffMemberId\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.AdjustStockDocument,
    "\n  query Ledger($variantId: ID!, $first: Int, $after: String) {\n    stockMovements(variantId: $variantId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        reason\n        onHandDelta\n        allocatedDelta\n        actorKind\n        orderCode\n      }\n    }\n  }\n": typeof types.LedgerDocument,
    "\n  query NodeMovement($id: ID!) {\n    node(id: $id) {\n      ... on StockMovement {\n        kind\n      }\n    }\n  }\n": typeof types.NodeMovementDocument,
    "\n  query MyOrders($first: Int, $after: String) {\n    me {\n      orders(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          code\n          lines {\n            quantity\n            variant {\n              product {\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query OrderByCode($code: String!) {\n    order(code: $code) {\n      id\n      code\n      state\n      customerId\n      nextStates\n      transitions {\n        from\n        to\n        actorKind\n        staffMemberId\n        note\n      }\n    }\n  }\n": typeof types.OrderByCodeDocument,
    "\n  query CustomerTransitions($code: String!) {\n    order(code: $code) {\n      transitions {\n        from\n        to\n        actorKind\n        at\n        note\n        staffMemberId\n      }\n    }\n    me {\n      orders(first: 10) {\n        nodes {\n          code\n          transitions {\n            to\n            note\n            staffMemberId\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerTransitionsDocument,
    "\n  query NodeOrder($id: ID!) {\n    node(id: $id) {\n      ... on Order {\n        code\n      }\n    }\n  }\n": typeof types.NodeOrderDocument,
    "\n  query CustomerOrderHistory($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        email\n        orders {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.CustomerOrderHistoryDocument,
    "\n  query StaffOrders($filter: OrderFilter, $first: Int) {\n    orders(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        code\n        state\n        email\n      }\n    }\n  }\n": typeof types.StaffOrdersDocument,
    "\n  mutation Transition($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n          expiresAt\n        }\n      }\n      ... on IllegalTransition {\n        from\n        to\n        allowed\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.TransitionDocument,
    "\n  mutation Fulfil($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n          trackingCode\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.FulfilDocument,
    "\n  mutation Cancel($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n        }\n      }\n      ... on IllegalTransition {\n        from\n        allowed\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.CancelDocument,
    "\n  mutation CreateCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      __typename\n      ... on CouponCreated {\n        coupon {\n          id\n          code\n          kind\n          percentOff\n          amountOff {\n            amount\n          }\n          minimumSubtotal {\n            amount\n          }\n          usageLimit\n          timesUsed\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateCouponDocument,
    "\n  mutation UpdateCoupon($input: UpdateCouponInput!) {\n    updateCoupon(input: $input) {\n      __typename\n      ... on CouponUpdated {\n        coupon {\n          active\n          usageLimit\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.UpdateCouponDocument,
    "\n  query Coupons($first: Int) {\n    coupons(first: $first) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n  }\n": typeof types.CouponsDocument,
    "\n  query NodeCoupon($id: ID!) {\n    node(id: $id) {\n      ... on Coupon {\n        code\n      }\n    }\n  }\n": typeof types.NodeCouponDocument,
    "\n  mutation RemoveCoupon($input: RemoveCouponInput!) {\n    removeCoupon(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RemoveCouponDocument,
    "\n  mutation UpdateLineForCoupon($input: UpdateCartLineInput!) {\n    updateCartLine(input: $input) {\n      ... on CartUpdated {\n        cart {\n          coupons {\n            applicable\n            problem\n          }\n          totals {\n            discount {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpdateLineForCouponDocument,
    "\n  mutation PlaceUnpaidOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          state\n        }\n      }\n      ... on TooManyUnpaidOrders {\n        limit\n      }\n      ... on QuantityLimitExceeded {\n        lines {\n          variantId\n          requested\n          allowed\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.PlaceUnpaidOrderDocument,
    "\n  mutation MarkOrderPaid($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.MarkOrderPaidDocument,
    "\n  query StorefrontPage {\n    products(first: 20) {\n      nodes {\n        title\n        slug\n        priceRange { min { amount currencyCode } }\n        variants(first: 10) { nodes { sku price { amount } availableForSale } }\n      }\n    }\n  }\n": typeof types.StorefrontPageDocument,
    "\n  query AdminOrderList {\n    orders(first: 50) {\n      totalCount\n      nodes { id code state email placedAt lines { sku quantity } totals { total { amount currencyCode } } }\n    }\n  }\n": typeof types.AdminOrderListDocument,
    "\n  query FailedJobs($first: Int) {\n    failedJobs(first: $first) {\n      totalCount\n      nodes {\n        id\n        task\n        attempts\n        maxAttempts\n        gaveUp\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation RetryJob($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      __typename\n      ... on JobRetried {\n        job {\n          id\n          attempts\n          gaveUp\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.RetryJobDocument,
    "\n  mutation MailShip($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.MailShipDocument,
    "\n  mutation EventsUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n        }\n      }\n    }\n  }\n": typeof types.EventsUpdateProductDocument,
    "\n  mutation EventsArchiveProduct($input: ArchiveProductInput!) {\n    archiveProduct(input: $input) {\n      __typename\n    }\n  }\n": typeof types.EventsArchiveProductDocument,
    "\n  mutation EventsSetOptions($input: SetProductOptionsInput!) {\n    setProductOptions(input: $input) {\n      __typename\n      ... on UserError {\n        message\n      }\n    }\n  }\n": typeof types.EventsSetOptionsDocument,
    "\n  mutation EventsFulfil($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.EventsFulfilDocument,
    "\n  mutation EventsTransition($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.EventsTransitionDocument,
    "\n  mutation EventsCancel($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.EventsCancelDocument,
    "\n  mutation EventsAdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      __typename\n    }\n  }\n": typeof types.EventsAdjustStockDocument,
    "\n  query Hello {\n    hello\n  }\n": typeof types.HelloDocument,
    "\n  mutation Greet($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n      ... on Greeted {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.GreetDocument,
    "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n": typeof types.TwoGreetingsDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      __typename\n      ... on ProductCreated {\n        product {\n          id\n          slug\n          title\n          status\n          version\n          options {\n            id\n            name\n            values {\n              name\n            }\n          }\n        }\n      }\n      ... on SlugTaken {\n        slug\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  fragment CartFields on Cart {\n    id\n    email\n    totalQuantity\n    lines {\n      id\n      quantity\n      sku\n      availableForSale\n      unitPrice {\n        amount\n      }\n      subtotal {\n        amount\n      }\n      discount {\n        amount\n      }\n      tax {\n        amount\n      }\n      variant {\n        id\n      }\n    }\n    shippingAddress {\n      countryCode\n      city\n    }\n    shippingMethod {\n      code\n      price {\n        amount\n      }\n    }\n    coupons {\n      code\n      applicable\n      problem\n    }\n    totals {\n      subtotal {\n        amount\n        currencyCode\n      }\n      discount {\n        amount\n      }\n      shipping {\n        amount\n      }\n      tax {\n        amount\n      }\n      total {\n        amount\n      }\n      pricesIncludeTax\n      taxRate\n    }\n  }\n": typeof types.CartFieldsFragmentDoc,
    "\n  mutation AddLines($input: AddCartLinesInput!) {\n    addCartLines(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cartToken\n        cart {\n          ...CartFields\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          variantId\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.AddLinesDocument,
    "\n  mutation SetEmail($input: SetCartEmailInput!) {\n    setCartEmail(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SetEmailDocument,
    "\n  mutation SetAddress($input: SetCartShippingAddressInput!) {\n    setCartShippingAddress(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.SetAddressDocument,
    "\n  mutation SetMethod($input: SetCartShippingMethodInput!) {\n    setCartShippingMethod(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SetMethodDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          code\n          state\n          email\n          paymentReference\n          expiresAt\n          totals {\n            subtotal {\n              amount\n            }\n            discount {\n              amount\n            }\n            shipping {\n              amount\n            }\n            tax {\n              amount\n            }\n            total {\n              amount\n            }\n          }\n          lines {\n            sku\n            quantity\n            unitPrice {\n              amount\n            }\n          }\n          couponCodes\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          variantId\n          requested\n          available\n        }\n      }\n      ... on CouponUnavailable {\n        couponCode\n        reason\n      }\n      ... on CheckoutIncomplete {\n        missing\n      }\n      ... on PaymentProviderUnavailable {\n        retryable\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation ApplyCoupon($input: ApplyCouponInput!) {\n    applyCoupon(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          ...CartFields\n        }\n      }\n      ... on CouponUnavailable {\n        couponCode\n        reason\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.ApplyCouponDocument,
    "\n  mutation RegisterCustomer($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on CustomerRegistered {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.RegisterCustomerDocument,
    "\n  mutation LoginCustomer($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoggedIn {\n        token\n        expiresAt\n        customer {\n          id\n          email\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.LoginCustomerDocument,
    "\n  mutation CreateSession($input: CreatePaymentSessionInput!) {\n    createPaymentSession(input: $input) {\n      __typename\n      ... on PaymentSessionCreated {\n        clientSecret\n        amount {\n          amount\n          currencyCode\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateSessionDocument,
    "\n  mutation PlaceCardOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          code\n          state\n          payment {\n            state\n            amountCaptured {\n              amount\n            }\n          }\n        }\n      }\n      ... on PaymentActionRequired {\n        clientSecret\n        order {\n          id\n          code\n          state\n          payment {\n            state\n          }\n        }\n      }\n      ... on PaymentProviderUnavailable {\n        retryable\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.PlaceCardOrderDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      __typename\n      ... on OrderRefunded {\n        order {\n          state\n          payment {\n            state\n            amountCaptured {\n              amount\n            }\n            amountRefunded {\n              amount\n            }\n          }\n        }\n        refund {\n          amount {\n            amount\n          }\n          shipping {\n            amount\n          }\n          restocked\n          lines {\n            orderLineId\n            quantity\n            amount {\n              amount\n            }\n          }\n        }\n      }\n      ... on RefundExceedsCaptured {\n        refundable {\n          amount\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  query OrderPayment($code: String!) {\n    order(code: $code) {\n      state\n      lines {\n        id\n        quantity\n      }\n      payment {\n        provider\n        state\n        reference\n        amount {\n          amount\n        }\n        amountCaptured {\n          amount\n        }\n        amountRefunded {\n          amount\n        }\n        attempts {\n          kind\n          outcome\n        }\n      }\n      refunds {\n        amount {\n          amount\n        }\n        reason\n      }\n    }\n  }\n": typeof types.OrderPaymentDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpointCreated {\n        secret\n        endpoint {\n          id\n          url\n          description\n          eventTypes\n          enabled\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first) {\n      totalCount\n      nodes {\n        id\n        eventId\n        eventType\n        status\n        attemptCount\n        nextAttemptAt\n        lastStatusCode\n        lastLatencyMs\n        completedAt\n        attempts {\n          number\n          statusCode\n          latencyMs\n          errorKind\n          errorMessage\n          responseBody\n          redelivery\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation GreetForHttp($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n    }\n  }\n": typeof types.GreetForHttpDocument,
    "\n  query Profile {\n    me {\n      firstName\n      lastName\n      preferences {\n        locale\n        marketingOptIn\n        marketingOptInChangedAt\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          firstName\n          lastName\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          preferences {\n            locale\n            marketingOptIn\n            marketingOptInChangedAt\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  mutation CreateAddress($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressCreated {\n        address {\n          id\n          city\n          countryCode\n          company\n          isDefaultShipping\n          isDefaultBilling\n        }\n        customer {\n          defaultShippingAddress {\n            id\n          }\n          defaultBillingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      __typename\n      ... on AddressUpdated {\n        address {\n          city\n          company\n          line2\n          isDefaultShipping\n          isDefaultBilling\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(input: { id: $id }) {\n      __typename\n      ... on AddressDeleted {\n        deletedAddressId\n        customer {\n          addresses {\n            id\n          }\n          defaultShippingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.DeleteAddressDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        email\n        addresses {\n          city\n        }\n      }\n      ... on Address {\n        city\n      }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      emailVerified\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation Logout {\n    logout {\n      ... on LoggedOut {\n        sessionsRevoked\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ... on LoggedOut {\n        sessionsRevoked\n      }\n    }\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n      ... on PasswordChanged {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RenameMe($firstName: String) {\n    updateProfile(input: { firstName: $firstName }) {\n      __typename\n    }\n  }\n": typeof types.RenameMeDocument,
    "\n  query MeWithAddresses {\n    me {\n      email\n      addresses {\n        city\n      }\n      defaultShippingAddress {\n        city\n      }\n    }\n  }\n": typeof types.MeWithAddressesDocument,
    "query HelloWithSession { hello }": typeof types.HelloWithSessionDocument,
    "\n  mutation VerifyEmailToken($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n    }\n  }\n": typeof types.VerifyEmailTokenDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail {\n      __typename\n      ... on VerificationEmailSent {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation RequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n      ... on PasswordResetRequested {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.RequestResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n      ... on PasswordReset {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MeVerified {\n    me {\n      emailVerified\n    }\n  }\n": typeof types.MeVerifiedDocument,
    "\n  mutation CreateRole($name: String!, $permissions: [Permission!]!) {\n    createRole(input: { name: $name, permissions: $permissions }) {\n      __typename\n      ... on RoleCreated {\n        role {\n          id\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      __typename\n      ... on RoleUpdated {\n        role {\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      __typename\n      ... on StaffCreated {\n        staff {\n          id\n          email\n          permissions\n          roles {\n            name\n          }\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {\n    setStaffRoles(input: { staffId: $staffId, roleIds: $roleIds }) {\n      __typename\n      ... on StaffUpdated {\n        staff {\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.SetStaffRolesDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      __typename\n      ... on StaffUpdated {\n        staff {\n          name\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateStaffDocument,
    "\n  mutation LoginStaff($email: String!, $password: String!) {\n    loginStaff(input: { email: $email, password: $password }) {\n      __typename\n      ... on StaffLoggedIn {\n        token\n        staff {\n          email\n          permissions\n        }\n      }\n    }\n  }\n": typeof types.LoginStaffDocument,
    "\n  query StaffDirectory {\n    currentStaff {\n      id\n      email\n      permissions\n    }\n    staffMembers {\n      email\n    }\n    roles {\n      name\n    }\n  }\n": typeof types.StaffDirectoryDocument,
    "\n  query CurrentStaff {\n    currentStaff {\n      id\n      email\n      roles {\n        name\n      }\n    }\n  }\n": typeof types.CurrentStaffDocument,
    "\n  query StaffNode($id: ID!) {\n    node(id: $id) {\n      ... on Staff {\n        email\n      }\n    }\n  }\n": typeof types.StaffNodeDocument,
    "mutation CustomerLoginAsStaff($email: String!) { login(input: { email: $email, password: \"editor password 1\" }) { __typename } }": typeof types.CustomerLoginAsStaffDocument,
    "mutation StaffChangesPassword { changePassword(input: { currentPassword: \"first password 1\", newPassword: \"second password 2\" }) { __typename ... on PasswordChanged { sessionsRevoked } } }": typeof types.StaffChangesPasswordDocument,
    "\n  mutation FifteenLogins($email: String!, $password: String!) {\n    l1: login(input: { email: $email, password: $password }) { __typename }\n    l2: login(input: { email: $email, password: $password }) { __typename }\n    l3: login(input: { email: $email, password: $password }) { __typename }\n    l4: login(input: { email: $email, password: $password }) { __typename }\n    l5: login(input: { email: $email, password: $password }) { __typename }\n    l6: login(input: { email: $email, password: $password }) { __typename }\n    l7: login(input: { email: $email, password: $password }) { __typename }\n    l8: login(input: { email: $email, password: $password }) { __typename }\n    l9: login(input: { email: $email, password: $password }) { __typename }\n    l10: login(input: { email: $email, password: $password }) { __typename }\n    l11: login(input: { email: $email, password: $password }) { __typename }\n    l12: login(input: { email: $email, password: $password }) { __typename }\n    l13: login(input: { email: $email, password: $password }) { __typename }\n    l14: login(input: { email: $email, password: $password }) { __typename }\n    l15: login(input: { email: $email, password: $password }) { __typename }\n  }\n": typeof types.FifteenLoginsDocument,
    "\n  mutation ChangePasswordAttempt($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n    }\n  }\n": typeof types.ChangePasswordAttemptDocument,
    "\n  mutation FifteenStaffLogins($email: String!, $password: String!) {\n    l1: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l2: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l3: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l4: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l5: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l6: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l7: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l8: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l9: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l10: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l11: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l12: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l13: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l14: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l15: loginStaff(input: { email: $email, password: $password }) { __typename }\n  }\n": typeof types.FifteenStaffLoginsDocument,
    "\n  mutation RequestResetAfterGuessing($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n    }\n  }\n": typeof types.RequestResetAfterGuessingDocument,
    "\n  mutation ResetAfterGuessing($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n    }\n  }\n": typeof types.ResetAfterGuessingDocument,
    "\n  mutation LoginStaffAttempt($email: String!, $password: String!) {\n    loginStaff(input: { email: $email, password: $password }) {\n      __typename\n    }\n  }\n": typeof types.LoginStaffAttemptDocument,
    "\n  query MeOverWs {\n    me {\n      email\n    }\n  }\n": typeof types.MeOverWsDocument,
    "\n  mutation LogoutOverHttp {\n    logout {\n      __typename\n    }\n  }\n": typeof types.LogoutOverHttpDocument,
    "\n  mutation GreetForLifecycle($name: String) {\n    greet(input: { name: $name }) {\n      ... on Greeted {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n": typeof types.GreetForLifecycleDocument,
    "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": typeof types.GreetingAfterRestartDocument,
    "\n  mutation CancelMine($input: CancelMyOrderInput!) {\n    cancelMyOrder(input: $input) {\n      __typename\n      ... on OrderCancelled {\n        order {\n          state\n          payment {\n            state\n            amountRefunded {\n              amount\n            }\n          }\n        }\n      }\n      ... on OrderNotCancellable {\n        state\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.CancelMineDocument,
    "\n  mutation ShipForCancel($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ShipForCancelDocument,
    "\n      mutation SettleForCancel($input: TransitionOrderInput!) {\n        transitionOrder(input: $input) {\n          __typename\n        }\n      }\n    ": typeof types.SettleForCancelDocument,
    "\n  mutation FulfilForRefund($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.FulfilForRefundDocument,
    "\n  mutation RegisterInProduction($email: String!) {\n    register(input: { email: $email, password: \"production password\", firstName: \"Ada\", lastName: \"L\" }) {\n      __typename\n    }\n  }\n": typeof types.RegisterInProductionDocument,
    "\n  mutation LoginInProduction($email: String!) {\n    login(input: { email: $email, password: \"production password\" }) {\n      __typename\n    }\n  }\n": typeof types.LoginInProductionDocument,
    "\n  mutation GreetInProduction($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n    }\n  }\n": typeof types.GreetInProductionDocument,
    "\n  query GreetingInProduction($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": typeof types.GreetingInProductionDocument,
    "\n  query BrokenRead($name: String!) {\n    lookup: greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": typeof types.BrokenReadDocument,
    "\n  query ShopAndMe {\n    hello\n    me {\n      email\n    }\n  }\n": typeof types.ShopAndMeDocument,
    "\n  mutation ChangeName {\n    updateProfile(input: { firstName: \"Eve\" }) {\n      __typename\n    }\n  }\n": typeof types.ChangeNameDocument,
    "\n  subscription CheapStockWatch {\n    stockLevelChanged {\n      alert\n      available\n    }\n  }\n": typeof types.CheapStockWatchDocument,
    "\n  subscription DearStockWatch {\n    stockLevelChanged {\n      variant {\n        product {\n          variants(first: 50) {\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DearStockWatchDocument,
    "\n  subscription WatchPlacedOverRedis {\n    orderPlaced {\n      code\n    }\n  }\n": typeof types.WatchPlacedOverRedisDocument,
    "\n  subscription WatchMyOrders($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      code\n      state\n      trackingCode\n    }\n  }\n": typeof types.WatchMyOrdersDocument,
    "\n  subscription WatchNewOrders {\n    orderPlaced {\n      code\n      email\n      transitions {\n        to\n        note\n      }\n    }\n  }\n": typeof types.WatchNewOrdersDocument,
    "\n  subscription WatchCart {\n    cartUpdated {\n      totalQuantity\n      lines {\n        sku\n        unitPrice {\n          amount\n        }\n      }\n      totals {\n        subtotal {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.WatchCartDocument,
    "\n  subscription WatchStock {\n    stockLevelChanged {\n      alert\n      available\n      threshold\n      variant {\n        sku\n      }\n    }\n  }\n": typeof types.WatchStockDocument,
    "\n  mutation ShipOrder($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ShipOrderDocument,
    "\n  mutation ChangePrice($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ChangePriceDocument,
    "\n  mutation SignOut {\n    logout {\n      __typename\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      __typename\n      ... on WebhookRedeliveryScheduled {\n        delivery {\n          status\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.RedeliverWebhookDeliveryDocument,
    "\n  query WebhookEndpointState($id: ID!) {\n    node(id: $id) {\n      ... on WebhookEndpoint {\n        enabled\n        disabledAt\n        disabledReason\n        failingSince\n      }\n    }\n  }\n": typeof types.WebhookEndpointStateDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          url\n          eventTypes\n          description\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation ToggleWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          enabled\n          disabledReason\n        }\n      }\n    }\n    enableWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          enabled\n          disabledAt\n          disabledReason\n        }\n      }\n    }\n  }\n": typeof types.ToggleWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookEndpointSecret(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointSecretRotated {\n        secret\n        previousSecretExpiresAt\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointDeleted {\n        deletedId\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 100) {\n      totalCount\n      nodes {\n        id\n        url\n        eventTypes\n        enabled\n      }\n    }\n    webhookEventTypes\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WebhookEndpoint {\n        url\n      }\n    }\n  }\n": typeof types.WebhookNodeDocument,
    "\n  query HelloOverWs {\n    hello\n  }\n": typeof types.HelloOverWsDocument,
    "\n  mutation GreetOverWs($name: String) {\n    greet(input: { name: $name }) {\n      ... on Greeted {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.GreetOverWsDocument,
};
const documents: Documents = {
    "\n  query ProductPage($first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          createdAt\n          priceRange {\n            min {\n              amount\n              currencyCode\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query ProductLookup($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      id\n      slug\n      availableForSale\n      variants(first: 100) {\n        nodes {\n          id\n          sku\n          price {\n            amount\n          }\n          selectedOptions {\n            name\n            value\n          }\n          availableForSale\n        }\n      }\n    }\n  }\n": types.ProductLookupDocument,
    "\n  query Tree {\n    collections(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        slug\n        parent {\n          title\n        }\n        children {\n          title\n          slug\n          parent {\n            slug\n          }\n          products(first: 3) {\n            totalCount\n            nodes {\n              slug\n            }\n          }\n        }\n      }\n    }\n    bySlug: collection(slug: \"shirts\") {\n      title\n    }\n  }\n": types.TreeDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Product {\n        slug\n      }\n      ... on Variant {\n        sku\n      }\n      ... on Collection {\n        slug\n      }\n      ... on Image {\n        url\n        width\n        height\n      }\n    }\n  }\n": types.NodeLookupDocument,
    "\n  query StockQuery($slug: String!) {\n    product(slug: $slug) {\n      title\n      variants(first: 1) {\n        nodes {\n          sku\n          stock {\n            onHand\n          }\n        }\n      }\n    }\n  }\n": types.StockQueryDocument,
    "\n  mutation AttachProductImages($input: SetProductImagesInput!) {\n    setProductImages(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n          images {\n            id\n            width\n          }\n          featuredImage {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": types.AttachProductImagesDocument,
    "\n  mutation AttachVariantImages($input: SetVariantImagesInput!) {\n    setVariantImages(input: $input) {\n      __typename\n      ... on VariantUpdated {\n        variant {\n          version\n          images {\n            id\n          }\n          featuredImage {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AttachVariantImagesDocument,
    "\n  mutation MakeImageProduct {\n    createProduct(input: { title: \"Pictured\", status: ACTIVE }) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n    createVariant: createProduct(input: { title: \"Pictured Variant Holder\", status: ACTIVE }) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n  }\n": types.MakeImageProductDocument,
    "\n  mutation AddImageVariant($productId: ID!) {\n    createVariant(input: { productId: $productId, sku: \"PIC-1\", price: \"1.00\" }) {\n      ... on VariantCreated {\n        variant {\n          id\n        }\n      }\n    }\n  }\n": types.AddImageVariantDocument,
    "query ImageUrl($id: ID!) { node(id: $id) { ... on Image { url } } }": types.ImageUrlDocument,
    "\n  fragment JsonRowsProduct on Product {\n    slug\n    title\n    description\n    status\n    version\n    createdAt\n    updatedAt\n    priceRange {\n      min {\n        amount\n      }\n      max {\n        amount\n      }\n    }\n  }\n": types.JsonRowsProductFragmentDoc,
    "\n  fragment JsonRowsVariant on Variant {\n    id\n    sku\n    position\n    price {\n      amount\n    }\n    compareAtPrice {\n      amount\n    }\n    weightGrams\n    trackInventory\n    allowBackorder\n    availableForSale\n    archivedAt\n    version\n    createdAt\n    updatedAt\n  }\n": types.JsonRowsVariantFragmentDoc,
    "\n  query JsonRowsListAlong {\n    products(first: 20, sort: NEWEST) {\n      nodes {\n        ...JsonRowsProduct\n        variants(first: 10) {\n          nodes {\n            ...JsonRowsVariant\n            stock {\n              onHand\n              allocated\n            }\n            product {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n": types.JsonRowsListAlongDocument,
    "\n  query JsonRowsPageAlong($after: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: 2, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n          variants(first: 3) {\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n": types.JsonRowsPageAlongDocument,
    "\n  query JsonRowsPagePlain($after: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: 2, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n        }\n      }\n    }\n  }\n": types.JsonRowsPagePlainDocument,
    "\n  query JsonRowsCombined($slug: String!, $collection: String!) {\n    collection(slug: $collection) {\n      slug\n    }\n    product(slug: $slug) {\n      ...JsonRowsProduct\n      options {\n        name\n      }\n      variants(first: 10) {\n        nodes {\n          ...JsonRowsVariant\n          stock {\n            onHand\n            allocated\n          }\n          product {\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.JsonRowsCombinedDocument,
    "\n  query JsonRowsProductAlone($slug: String!) {\n    product(slug: $slug) {\n      ...JsonRowsProduct\n    }\n  }\n": types.JsonRowsProductAloneDocument,
    "\n  query JsonRowsVariantAlone($id: ID!) {\n    node(id: $id) {\n      ...JsonRowsVariant\n    }\n  }\n": types.JsonRowsVariantAloneDocument,
    "\n  query ListColumnsTrimmed {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        slug\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n  }\n": types.ListColumnsTrimmedDocument,
    "\n  query ListColumnsElsewhere($id: ID!) {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        slug\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n    product(id: $id) {\n      description\n      version\n      createdAt\n      updatedAt\n      featuredImage {\n        url\n      }\n      variants(first: 10) {\n        pageInfo {\n          endCursor\n        }\n        edges {\n          cursor\n        }\n        nodes {\n          sku\n          position\n          featuredImage {\n            url\n          }\n          weightGrams\n          compareAtPrice {\n            amount\n          }\n          version\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ListColumnsElsewhereDocument,
    "\n  query ListColumnsAlone($id: ID!) {\n    product(id: $id) {\n      ...ListColumnsProduct\n    }\n  }\n": types.ListColumnsAloneDocument,
    "\n  fragment ListColumnsProduct on Product {\n    description\n    version\n    createdAt\n    updatedAt\n    featuredImage {\n      url\n    }\n    variants(first: 10) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        sku\n        position\n        featuredImage {\n          url\n        }\n        weightGrams\n        compareAtPrice {\n          amount\n        }\n        version\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.ListColumnsProductFragmentDoc,
    "\n  query ListColumnsThroughFragment {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        ...ListColumnsProduct\n      }\n    }\n  }\n": types.ListColumnsThroughFragmentDocument,
    "\n  query ListColumnsCursorsWithVariants {\n    products(first: 3, sort: NEWEST) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          variants(first: 2) {\n            pageInfo {\n              endCursor\n            }\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListColumnsCursorsWithVariantsDocument,
    "\n  query ListColumnsCursorsAlone {\n    products(first: 3, sort: NEWEST) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n        }\n      }\n    }\n  }\n": types.ListColumnsCursorsAloneDocument,
    "\n  query ListColumnsVariantCursorAlone($id: ID!) {\n    product(id: $id) {\n      variants(first: 2) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": types.ListColumnsVariantCursorAloneDocument,
    "\n  query ListColumnsVariantIdsElsewhere($id: ID!) {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n    product(id: $id) {\n      variants(first: 10) {\n        nodes {\n          sku\n          title\n          selectedOptions {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": types.ListColumnsVariantIdsElsewhereDocument,
    "\n  query ListColumnsVariantIdsAlone($id: ID!) {\n    product(id: $id) {\n      variants(first: 10) {\n        nodes {\n          id\n          sku\n          title\n          selectedOptions {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": types.ListColumnsVariantIdsAloneDocument,
    "\n  query ListColumnsVariantIdsThroughNode {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        variants(first: 10) {\n          nodes {\n            sku\n            ... on Node {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListColumnsVariantIdsThroughNodeDocument,
    "\n  query ListColumnsListPage {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        ...ListColumnsCard\n      }\n    }\n  }\n": types.ListColumnsListPageDocument,
    "\n  query ListColumnsCardAlone($id: ID!) {\n    product(id: $id) {\n      ...ListColumnsCard\n    }\n  }\n": types.ListColumnsCardAloneDocument,
    "\n  fragment ListColumnsCard on Product {\n    title\n    slug\n    status\n    priceRange {\n      min {\n        amount\n        currencyCode\n      }\n      max {\n        amount\n      }\n    }\n    variants(first: 10) {\n      nodes {\n        sku\n        price {\n          amount\n        }\n        availableForSale\n        trackInventory\n        allowBackorder\n      }\n    }\n  }\n": types.ListColumnsCardFragmentDoc,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          title\n          slug\n          status\n          version\n        }\n      }\n      ... on VersionConflict {\n        currentVersion\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation ArchiveProduct($input: ArchiveProductInput!) {\n    archiveProduct(input: $input) {\n      __typename\n      ... on ProductArchived {\n        product {\n          status\n          version\n        }\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": types.ArchiveProductDocument,
    "\n  mutation SetOptions($input: SetProductOptionsInput!) {\n    setProductOptions(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n          options {\n            id\n            name\n            values {\n              name\n            }\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.SetOptionsDocument,
    "\n  mutation CreateVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n      ... on VariantCreated {\n        variant {\n          id\n          sku\n          title\n          version\n          price {\n            amount\n          }\n          compareAtPrice {\n            amount\n          }\n          availableForSale\n          product {\n            priceRange {\n              min {\n                amount\n              }\n              max {\n                amount\n              }\n            }\n          }\n        }\n      }\n      ... on SkuTaken {\n        sku\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateVariantDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CollectionCreated {\n        collection {\n          id\n          slug\n          version\n          position\n          parent {\n            slug\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateCollectionDocument,
    "\n  query FuzzyMatches($query: String!) {\n    search(query: $query, first: 50) {\n      totalCount\n      nodes {\n        title\n      }\n    }\n    products(first: 50, filter: { query: $query }) {\n      totalCount\n      nodes {\n        title\n      }\n    }\n  }\n": types.FuzzyMatchesDocument,
    "\n  query SearchWhole($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {\n    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        priceRange {\n          min {\n            amount\n          }\n        }\n        collections {\n          id\n        }\n        variants(first: 20) {\n          nodes {\n            selectedOptions {\n              name\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            id\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          max {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": types.SearchWholeDocument,
    "\n  query SearchPageOnly($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {\n    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.SearchPageOnlyDocument,
    "\n  query SearchCounts($query: String!) {\n    search(query: $query, first: 3) {\n      totalCount\n      nodes {\n        title\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        prices {\n          count\n        }\n      }\n    }\n  }\n": types.SearchCountsDocument,
    "\n  query SearchAlong($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        featuredImage {\n          url\n          width\n        }\n        images {\n          url\n          alt\n        }\n      }\n      edges {\n        node {\n          id\n          featuredImage {\n            url\n          }\n        }\n      }\n      facets {\n        collections {\n          count\n          collection {\n            id\n            title\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.SearchAlongDocument,
    "\n  query AlongByLoaders($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Product {\n        id\n        featuredImage {\n          url\n          width\n        }\n        images {\n          url\n          alt\n        }\n      }\n      ... on Collection {\n        id\n        title\n        slug\n      }\n    }\n  }\n": types.AlongByLoadersDocument,
    "\n  query SearchOptionOrder($query: String!, $after: String) {\n    search(query: $query, first: 25, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        options {\n          name\n          values {\n            name\n          }\n        }\n        variants(first: 50) {\n          nodes {\n            selectedOptions {\n              name\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n      }\n    }\n  }\n": types.SearchOptionOrderDocument,
    "\n  query SearchCards($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        ...SearchPageCard\n      }\n    }\n  }\n": types.SearchCardsDocument,
    "\n  query SearchDetails($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        ...SearchPageCard\n        ...SearchPageDetails\n      }\n    }\n  }\n": types.SearchDetailsDocument,
    "\n  query SearchPageProductAlone($id: ID!) {\n    product(id: $id) {\n      ...SearchPageCard\n      ...SearchPageDetails\n    }\n  }\n": types.SearchPageProductAloneDocument,
    "\n  fragment SearchPageCard on Product {\n    title\n    slug\n    status\n    priceRange {\n      min {\n        amount\n      }\n    }\n    featuredImage {\n      url\n    }\n  }\n": types.SearchPageCardFragmentDoc,
    "\n  fragment SearchPageDetails on Product {\n    description\n    version\n    createdAt\n    updatedAt\n  }\n": types.SearchPageDetailsFragmentDoc,
    "\n  query SearchWords($query: String!) {\n    search(query: $query, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.SearchWordsDocument,
    "\n  mutation RetitleProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n    }\n  }\n": types.RetitleProductDocument,
    "\n  query Search($query: String!, $first: Int, $after: String, $filter: ProductFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        title\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            slug\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          max {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation SearchFixture($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n  }\n": types.SearchFixtureDocument,
    "\n  mutation SearchFixtureVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n    }\n  }\n": types.SearchFixtureVariantDocument,
    "\n  query CatalogTree($first: Int!) {\n    products(first: $first, sort: TITLE_ASC) {\n      totalCount\n      nodes {\n        id\n        title\n        priceRange {\n          min {\n            amount\n          }\n        }\n        options {\n          name\n          values {\n            name\n          }\n        }\n        images {\n          url\n          width\n        }\n        featuredImage {\n          url\n        }\n        collections {\n          title\n          parent {\n            title\n          }\n        }\n        variants(first: 10) {\n          totalCount\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n            selectedOptions {\n              name\n              value\n            }\n            images {\n              url\n            }\n            stock {\n              onHand\n              allocated\n              available\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CatalogTreeDocument,
    "\n  query SearchTree($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      nodes {\n        title\n        collections {\n          title\n        }\n        variants(first: 5) {\n          nodes {\n            sku\n            selectedOptions {\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            title\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n": types.SearchTreeDocument,
    "\n  query ProductListTree($first: Int!, $variants: Int!) {\n    products(first: $first) {\n      nodes {\n        id\n        title\n        slug\n        priceRange {\n          min {\n            amount\n            currencyCode\n          }\n        }\n        variants(first: $variants) {\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n          }\n        }\n      }\n    }\n  }\n": types.ProductListTreeDocument,
    "\n  query ProductPageTree($slug: String!, $variants: Int!) {\n    product(slug: $slug) {\n      id\n      title\n      slug\n      description\n      status\n      availableForSale\n      priceRange {\n        min {\n          amount\n          currencyCode\n        }\n        max {\n          amount\n          currencyCode\n        }\n      }\n      options {\n        id\n        name\n        values {\n          id\n          name\n        }\n      }\n      images {\n        url\n        width\n        height\n        alt\n      }\n      featuredImage {\n        url\n        width\n        height\n      }\n      collections {\n        title\n        slug\n        parent {\n          title\n          slug\n        }\n      }\n      variants(first: $variants) {\n        totalCount\n        nodes {\n          id\n          sku\n          title\n          price {\n            amount\n            currencyCode\n          }\n          compareAtPrice {\n            amount\n            currencyCode\n          }\n          availableForSale\n          weightGrams\n          selectedOptions {\n            name\n            value\n          }\n          featuredImage {\n            url\n          }\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ProductPageTreeDocument,
    "\n  query VariantsAlong($first: Int, $last: Int, $variants: Int!, $other: Int!) {\n    products(first: $first, last: $last) {\n      nodes {\n        slug\n        variants(first: $variants) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            sku\n            createdAt\n            archivedAt\n          }\n        }\n        other: variants(first: $other) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n  }\n": types.VariantsAlongDocument,
    "\n  query VariantAlone($id: ID!) {\n    node(id: $id) {\n      ... on Variant {\n        sku\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.VariantAloneDocument,
    "\n  mutation UpdateVariant($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      __typename\n      ... on VariantUpdated {\n        variant {\n          sku\n          version\n          price {\n            amount\n          }\n          compareAtPrice {\n            amount\n          }\n        }\n      }\n      ... on VersionConflict {\n        currentVersion\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateVariantDocument,
    "\n  mutation ArchiveVariant($input: ArchiveVariantInput!) {\n    archiveVariant(input: $input) {\n      __typename\n      ... on VariantArchived {\n        variant {\n          archivedAt\n          availableForSale\n          product {\n            priceRange {\n              min {\n                amount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ArchiveVariantDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on CollectionUpdated {\n        collection {\n          version\n          parent {\n            slug\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateCollectionDocument,
    "\n  mutation SetCollectionProducts($input: SetCollectionProductsInput!) {\n    setCollectionProducts(input: $input) {\n      __typename\n      ... on CollectionUpdated {\n        collection {\n          version\n          products(first: 10) {\n            nodes {\n              slug\n            }\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.SetCollectionProductsDocument,
    "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on CollectionDeleted {\n        deletedId\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.DeleteCollectionDocument,
    "\n  query SearchCollections($query: String!) {\n    search(query: $query) {\n      facets {\n        collections {\n          count\n          collection {\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.SearchCollectionsDocument,
    "\n  mutation CreateDearVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n      ... on VariantCreated {\n        variant {\n          price {\n            amount\n          }\n        }\n      }\n      ... on UserError {\n        code\n        path\n        message\n      }\n    }\n  }\n": types.CreateDearVariantDocument,
    "\n  mutation CreateDearCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.CreateDearCouponDocument,
    "\n  query MergedCart {\n    cart {\n      lines {\n        sku\n        quantity\n      }\n      shippingAddress {\n        city\n      }\n      shippingMethod {\n        code\n      }\n      coupons {\n        code\n      }\n    }\n  }\n": types.MergedCartDocument,
    "\n  mutation LoginWithCart($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoggedIn {\n        cart {\n          id\n          totalQuantity\n          lines {\n            sku\n            quantity\n          }\n        }\n        guestCartMerge {\n          mergedLines\n          droppedLines\n        }\n      }\n    }\n  }\n": types.LoginWithCartDocument,
    "query CartId { cart { id } }": types.CartIdDocument,
    "\n  query CartQuery {\n    cart {\n      ...CartFields\n      availableShippingMethods {\n        code\n        price {\n          amount\n        }\n      }\n    }\n  }\n": types.CartQueryDocument,
    "\n  mutation UpdateLine($input: UpdateCartLineInput!) {\n    updateCartLine(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          totalQuantity\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.UpdateLineDocument,
    "\n  mutation RemoveLine($input: RemoveCartLineInput!) {\n    removeCartLine(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          totalQuantity\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.RemoveLineDocument,
    "\n  mutation Details($email: SetCartEmailInput!, $address: SetCartShippingAddressInput!, $method: SetCartShippingMethodInput!) {\n    setCartEmail(input: $email) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n    setCartShippingAddress(input: $address) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n    setCartShippingMethod(input: $method) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.DetailsDocument,
    "\n  mutation AddToBook($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressCreated {\n        address {\n          id\n        }\n      }\n    }\n  }\n": types.AddToBookDocument,
    "\n  mutation ShipTo($input: SetCartShippingAddressInput!) {\n    setCartShippingAddress(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          shippingAddress {\n            firstName\n            line1\n            city\n            countryCode\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.ShipToDocument,
    "\n  mutation BillTo($input: SetCartBillingAddressInput!) {\n    setCartBillingAddress(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          billingAddress {\n            firstName\n            line1\n            city\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.BillToDocument,
    "\n  query CartAddresses {\n    cart {\n      shippingAddress {\n        line1\n      }\n      billingAddress {\n        line1\n      }\n    }\n  }\n": types.CartAddressesDocument,
    "\n  query OrderAddresses($code: String!, $id: ID!) {\n    order(code: $code) {\n      shippingAddress {\n        line1\n        city\n      }\n      billingAddress {\n        firstName\n        line1\n        city\n      }\n    }\n    node(id: $id) {\n      ... on Order {\n        billingAddress {\n          line1\n        }\n      }\n    }\n  }\n": types.OrderAddressesDocument,
    "\n  mutation SetMethodOnly {\n    setCartShippingMethod(input: { code: \"standard\" }) {\n      __typename\n    }\n  }\n": types.SetMethodOnlyDocument,
    "\n  query CheckoutCart {\n    cart {\n      id\n      totalQuantity\n    }\n  }\n": types.CheckoutCartDocument,
    "\n  mutation PlaceWithToken($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        statusToken\n        order {\n          id\n          code\n          email\n        }\n      }\n    }\n  }\n": types.PlaceWithTokenDocument,
    "\n  query StatusByToken($token: String!) {\n    orderByStatusToken(token: $token) {\n      code\n      state\n      trackingCode\n      placedAt\n      lines {\n        sku\n        quantity\n        subtotal {\n          amount\n        }\n      }\n      totals {\n        total {\n          amount\n          currencyCode\n        }\n      }\n      shippingAddress {\n        city\n        countryCode\n      }\n      shippingMethod {\n        code\n      }\n      history {\n        from\n        to\n      }\n    }\n  }\n": types.StatusByTokenDocument,
    "\n  query TokenAndNothingElse($token: String!, $code: String!, $id: ID!) {\n    orderByStatusToken(token: $token) {\n      code\n    }\n    order(code: $code) {\n      code\n    }\n    node(id: $id) {\n      id\n    }\n  }\n": types.TokenAndNothingElseDocument,
    "\n  mutation LookUp($input: LookUpOrderInput!) {\n    lookUpOrder(input: $input) {\n      __typename\n      ... on OrderFound {\n        order {\n          code\n          state\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.LookUpDocument,
    "\n  query TypeFields($name: String!) {\n    __type(name: $name) {\n      fields {\n        name\n      }\n    }\n  }\n": types.TypeFieldsDocument,
    "\n  mutation FulfilForStatus($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": types.FulfilForStatusDocument,
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      __typename\n      ... on StockAdjusted {\n        variant {\n          sku\n          stock {\n            onHand\n            allocated\n            available\n          }\n        }\n        movement {\n          kind\n          reason\n          onHandDelta\n          allocatedDelta\n          note\n          actorKind\n          staffMemberId\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.AdjustStockDocument,
    "\n  query Ledger($variantId: ID!, $first: Int, $after: String) {\n    stockMovements(variantId: $variantId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        reason\n        onHandDelta\n        allocatedDelta\n        actorKind\n        orderCode\n      }\n    }\n  }\n": types.LedgerDocument,
    "\n  query NodeMovement($id: ID!) {\n    node(id: $id) {\n      ... on StockMovement {\n        kind\n      }\n    }\n  }\n": types.NodeMovementDocument,
    "\n  query MyOrders($first: Int, $after: String) {\n    me {\n      orders(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          code\n          lines {\n            quantity\n            variant {\n              product {\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query OrderByCode($code: String!) {\n    order(code: $code) {\n      id\n      code\n      state\n      customerId\n      nextStates\n      transitions {\n        from\n        to\n        actorKind\n        staffMemberId\n        note\n      }\n    }\n  }\n": types.OrderByCodeDocument,
    "\n  query CustomerTransitions($code: String!) {\n    order(code: $code) {\n      transitions {\n        from\n        to\n        actorKind\n        at\n        note\n        staffMemberId\n      }\n    }\n    me {\n      orders(first: 10) {\n        nodes {\n          code\n          transitions {\n            to\n            note\n            staffMemberId\n          }\n        }\n      }\n    }\n  }\n": types.CustomerTransitionsDocument,
    "\n  query NodeOrder($id: ID!) {\n    node(id: $id) {\n      ... on Order {\n        code\n      }\n    }\n  }\n": types.NodeOrderDocument,
    "\n  query CustomerOrderHistory($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        email\n        orders {\n          totalCount\n        }\n      }\n    }\n  }\n": types.CustomerOrderHistoryDocument,
    "\n  query StaffOrders($filter: OrderFilter, $first: Int) {\n    orders(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        code\n        state\n        email\n      }\n    }\n  }\n": types.StaffOrdersDocument,
    "\n  mutation Transition($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n          expiresAt\n        }\n      }\n      ... on IllegalTransition {\n        from\n        to\n        allowed\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.TransitionDocument,
    "\n  mutation Fulfil($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n          trackingCode\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.FulfilDocument,
    "\n  mutation Cancel($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n        }\n      }\n      ... on IllegalTransition {\n        from\n        allowed\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.CancelDocument,
    "\n  mutation CreateCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      __typename\n      ... on CouponCreated {\n        coupon {\n          id\n          code\n          kind\n          percentOff\n          amountOff {\n            amount\n          }\n          minimumSubtotal {\n            amount\n          }\n          usageLimit\n          timesUsed\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateCouponDocument,
    "\n  mutation UpdateCoupon($input: UpdateCouponInput!) {\n    updateCoupon(input: $input) {\n      __typename\n      ... on CouponUpdated {\n        coupon {\n          active\n          usageLimit\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.UpdateCouponDocument,
    "\n  query Coupons($first: Int) {\n    coupons(first: $first) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n  }\n": types.CouponsDocument,
    "\n  query NodeCoupon($id: ID!) {\n    node(id: $id) {\n      ... on Coupon {\n        code\n      }\n    }\n  }\n": types.NodeCouponDocument,
    "\n  mutation RemoveCoupon($input: RemoveCouponInput!) {\n    removeCoupon(input: $input) {\n      __typename\n    }\n  }\n": types.RemoveCouponDocument,
    "\n  mutation UpdateLineForCoupon($input: UpdateCartLineInput!) {\n    updateCartLine(input: $input) {\n      ... on CartUpdated {\n        cart {\n          coupons {\n            applicable\n            problem\n          }\n          totals {\n            discount {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UpdateLineForCouponDocument,
    "\n  mutation PlaceUnpaidOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          state\n        }\n      }\n      ... on TooManyUnpaidOrders {\n        limit\n      }\n      ... on QuantityLimitExceeded {\n        lines {\n          variantId\n          requested\n          allowed\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.PlaceUnpaidOrderDocument,
    "\n  mutation MarkOrderPaid($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n    }\n  }\n": types.MarkOrderPaidDocument,
    "\n  query StorefrontPage {\n    products(first: 20) {\n      nodes {\n        title\n        slug\n        priceRange { min { amount currencyCode } }\n        variants(first: 10) { nodes { sku price { amount } availableForSale } }\n      }\n    }\n  }\n": types.StorefrontPageDocument,
    "\n  query AdminOrderList {\n    orders(first: 50) {\n      totalCount\n      nodes { id code state email placedAt lines { sku quantity } totals { total { amount currencyCode } } }\n    }\n  }\n": types.AdminOrderListDocument,
    "\n  query FailedJobs($first: Int) {\n    failedJobs(first: $first) {\n      totalCount\n      nodes {\n        id\n        task\n        attempts\n        maxAttempts\n        gaveUp\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation RetryJob($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      __typename\n      ... on JobRetried {\n        job {\n          id\n          attempts\n          gaveUp\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.RetryJobDocument,
    "\n  mutation MailShip($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": types.MailShipDocument,
    "\n  mutation EventsUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n        }\n      }\n    }\n  }\n": types.EventsUpdateProductDocument,
    "\n  mutation EventsArchiveProduct($input: ArchiveProductInput!) {\n    archiveProduct(input: $input) {\n      __typename\n    }\n  }\n": types.EventsArchiveProductDocument,
    "\n  mutation EventsSetOptions($input: SetProductOptionsInput!) {\n    setProductOptions(input: $input) {\n      __typename\n      ... on UserError {\n        message\n      }\n    }\n  }\n": types.EventsSetOptionsDocument,
    "\n  mutation EventsFulfil($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": types.EventsFulfilDocument,
    "\n  mutation EventsTransition($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n    }\n  }\n": types.EventsTransitionDocument,
    "\n  mutation EventsCancel($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      __typename\n    }\n  }\n": types.EventsCancelDocument,
    "\n  mutation EventsAdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      __typename\n    }\n  }\n": types.EventsAdjustStockDocument,
    "\n  query Hello {\n    hello\n  }\n": types.HelloDocument,
    "\n  mutation Greet($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n      ... on Greeted {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.GreetDocument,
    "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n": types.TwoGreetingsDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      __typename\n      ... on ProductCreated {\n        product {\n          id\n          slug\n          title\n          status\n          version\n          options {\n            id\n            name\n            values {\n              name\n            }\n          }\n        }\n      }\n      ... on SlugTaken {\n        slug\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateProductDocument,
    "\n  fragment CartFields on Cart {\n    id\n    email\n    totalQuantity\n    lines {\n      id\n      quantity\n      sku\n      availableForSale\n      unitPrice {\n        amount\n      }\n      subtotal {\n        amount\n      }\n      discount {\n        amount\n      }\n      tax {\n        amount\n      }\n      variant {\n        id\n      }\n    }\n    shippingAddress {\n      countryCode\n      city\n    }\n    shippingMethod {\n      code\n      price {\n        amount\n      }\n    }\n    coupons {\n      code\n      applicable\n      problem\n    }\n    totals {\n      subtotal {\n        amount\n        currencyCode\n      }\n      discount {\n        amount\n      }\n      shipping {\n        amount\n      }\n      tax {\n        amount\n      }\n      total {\n        amount\n      }\n      pricesIncludeTax\n      taxRate\n    }\n  }\n": types.CartFieldsFragmentDoc,
    "\n  mutation AddLines($input: AddCartLinesInput!) {\n    addCartLines(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cartToken\n        cart {\n          ...CartFields\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          variantId\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.AddLinesDocument,
    "\n  mutation SetEmail($input: SetCartEmailInput!) {\n    setCartEmail(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.SetEmailDocument,
    "\n  mutation SetAddress($input: SetCartShippingAddressInput!) {\n    setCartShippingAddress(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.SetAddressDocument,
    "\n  mutation SetMethod($input: SetCartShippingMethodInput!) {\n    setCartShippingMethod(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.SetMethodDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          code\n          state\n          email\n          paymentReference\n          expiresAt\n          totals {\n            subtotal {\n              amount\n            }\n            discount {\n              amount\n            }\n            shipping {\n              amount\n            }\n            tax {\n              amount\n            }\n            total {\n              amount\n            }\n          }\n          lines {\n            sku\n            quantity\n            unitPrice {\n              amount\n            }\n          }\n          couponCodes\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          variantId\n          requested\n          available\n        }\n      }\n      ... on CouponUnavailable {\n        couponCode\n        reason\n      }\n      ... on CheckoutIncomplete {\n        missing\n      }\n      ... on PaymentProviderUnavailable {\n        retryable\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation ApplyCoupon($input: ApplyCouponInput!) {\n    applyCoupon(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          ...CartFields\n        }\n      }\n      ... on CouponUnavailable {\n        couponCode\n        reason\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.ApplyCouponDocument,
    "\n  mutation RegisterCustomer($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on CustomerRegistered {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.RegisterCustomerDocument,
    "\n  mutation LoginCustomer($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoggedIn {\n        token\n        expiresAt\n        customer {\n          id\n          email\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.LoginCustomerDocument,
    "\n  mutation CreateSession($input: CreatePaymentSessionInput!) {\n    createPaymentSession(input: $input) {\n      __typename\n      ... on PaymentSessionCreated {\n        clientSecret\n        amount {\n          amount\n          currencyCode\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateSessionDocument,
    "\n  mutation PlaceCardOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          code\n          state\n          payment {\n            state\n            amountCaptured {\n              amount\n            }\n          }\n        }\n      }\n      ... on PaymentActionRequired {\n        clientSecret\n        order {\n          id\n          code\n          state\n          payment {\n            state\n          }\n        }\n      }\n      ... on PaymentProviderUnavailable {\n        retryable\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.PlaceCardOrderDocument,
    "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      __typename\n      ... on OrderRefunded {\n        order {\n          state\n          payment {\n            state\n            amountCaptured {\n              amount\n            }\n            amountRefunded {\n              amount\n            }\n          }\n        }\n        refund {\n          amount {\n            amount\n          }\n          shipping {\n            amount\n          }\n          restocked\n          lines {\n            orderLineId\n            quantity\n            amount {\n              amount\n            }\n          }\n        }\n      }\n      ... on RefundExceedsCaptured {\n        refundable {\n          amount\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.RefundOrderDocument,
    "\n  query OrderPayment($code: String!) {\n    order(code: $code) {\n      state\n      lines {\n        id\n        quantity\n      }\n      payment {\n        provider\n        state\n        reference\n        amount {\n          amount\n        }\n        amountCaptured {\n          amount\n        }\n        amountRefunded {\n          amount\n        }\n        attempts {\n          kind\n          outcome\n        }\n      }\n      refunds {\n        amount {\n          amount\n        }\n        reason\n      }\n    }\n  }\n": types.OrderPaymentDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpointCreated {\n        secret\n        endpoint {\n          id\n          url\n          description\n          eventTypes\n          enabled\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first) {\n      totalCount\n      nodes {\n        id\n        eventId\n        eventType\n        status\n        attemptCount\n        nextAttemptAt\n        lastStatusCode\n        lastLatencyMs\n        completedAt\n        attempts {\n          number\n          statusCode\n          latencyMs\n          errorKind\n          errorMessage\n          responseBody\n          redelivery\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation GreetForHttp($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n    }\n  }\n": types.GreetForHttpDocument,
    "\n  query Profile {\n    me {\n      firstName\n      lastName\n      preferences {\n        locale\n        marketingOptIn\n        marketingOptInChangedAt\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          firstName\n          lastName\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          preferences {\n            locale\n            marketingOptIn\n            marketingOptInChangedAt\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  mutation CreateAddress($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressCreated {\n        address {\n          id\n          city\n          countryCode\n          company\n          isDefaultShipping\n          isDefaultBilling\n        }\n        customer {\n          defaultShippingAddress {\n            id\n          }\n          defaultBillingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      __typename\n      ... on AddressUpdated {\n        address {\n          city\n          company\n          line2\n          isDefaultShipping\n          isDefaultBilling\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(input: { id: $id }) {\n      __typename\n      ... on AddressDeleted {\n        deletedAddressId\n        customer {\n          addresses {\n            id\n          }\n          defaultShippingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.DeleteAddressDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        email\n        addresses {\n          city\n        }\n      }\n      ... on Address {\n        city\n      }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      emailVerified\n    }\n  }\n": types.MeDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation Logout {\n    logout {\n      ... on LoggedOut {\n        sessionsRevoked\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ... on LoggedOut {\n        sessionsRevoked\n      }\n    }\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n      ... on PasswordChanged {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RenameMe($firstName: String) {\n    updateProfile(input: { firstName: $firstName }) {\n      __typename\n    }\n  }\n": types.RenameMeDocument,
    "\n  query MeWithAddresses {\n    me {\n      email\n      addresses {\n        city\n      }\n      defaultShippingAddress {\n        city\n      }\n    }\n  }\n": types.MeWithAddressesDocument,
    "query HelloWithSession { hello }": types.HelloWithSessionDocument,
    "\n  mutation VerifyEmailToken($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n    }\n  }\n": types.VerifyEmailTokenDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail {\n      __typename\n      ... on VerificationEmailSent {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": types.ResendVerificationDocument,
    "\n  mutation RequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n      ... on PasswordResetRequested {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.RequestResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n      ... on PasswordReset {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query MeVerified {\n    me {\n      emailVerified\n    }\n  }\n": types.MeVerifiedDocument,
    "\n  mutation CreateRole($name: String!, $permissions: [Permission!]!) {\n    createRole(input: { name: $name, permissions: $permissions }) {\n      __typename\n      ... on RoleCreated {\n        role {\n          id\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      __typename\n      ... on RoleUpdated {\n        role {\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      __typename\n      ... on StaffCreated {\n        staff {\n          id\n          email\n          permissions\n          roles {\n            name\n          }\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {\n    setStaffRoles(input: { staffId: $staffId, roleIds: $roleIds }) {\n      __typename\n      ... on StaffUpdated {\n        staff {\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.SetStaffRolesDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      __typename\n      ... on StaffUpdated {\n        staff {\n          name\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateStaffDocument,
    "\n  mutation LoginStaff($email: String!, $password: String!) {\n    loginStaff(input: { email: $email, password: $password }) {\n      __typename\n      ... on StaffLoggedIn {\n        token\n        staff {\n          email\n          permissions\n        }\n      }\n    }\n  }\n": types.LoginStaffDocument,
    "\n  query StaffDirectory {\n    currentStaff {\n      id\n      email\n      permissions\n    }\n    staffMembers {\n      email\n    }\n    roles {\n      name\n    }\n  }\n": types.StaffDirectoryDocument,
    "\n  query CurrentStaff {\n    currentStaff {\n      id\n      email\n      roles {\n        name\n      }\n    }\n  }\n": types.CurrentStaffDocument,
    "\n  query StaffNode($id: ID!) {\n    node(id: $id) {\n      ... on Staff {\n        email\n      }\n    }\n  }\n": types.StaffNodeDocument,
    "mutation CustomerLoginAsStaff($email: String!) { login(input: { email: $email, password: \"editor password 1\" }) { __typename } }": types.CustomerLoginAsStaffDocument,
    "mutation StaffChangesPassword { changePassword(input: { currentPassword: \"first password 1\", newPassword: \"second password 2\" }) { __typename ... on PasswordChanged { sessionsRevoked } } }": types.StaffChangesPasswordDocument,
    "\n  mutation FifteenLogins($email: String!, $password: String!) {\n    l1: login(input: { email: $email, password: $password }) { __typename }\n    l2: login(input: { email: $email, password: $password }) { __typename }\n    l3: login(input: { email: $email, password: $password }) { __typename }\n    l4: login(input: { email: $email, password: $password }) { __typename }\n    l5: login(input: { email: $email, password: $password }) { __typename }\n    l6: login(input: { email: $email, password: $password }) { __typename }\n    l7: login(input: { email: $email, password: $password }) { __typename }\n    l8: login(input: { email: $email, password: $password }) { __typename }\n    l9: login(input: { email: $email, password: $password }) { __typename }\n    l10: login(input: { email: $email, password: $password }) { __typename }\n    l11: login(input: { email: $email, password: $password }) { __typename }\n    l12: login(input: { email: $email, password: $password }) { __typename }\n    l13: login(input: { email: $email, password: $password }) { __typename }\n    l14: login(input: { email: $email, password: $password }) { __typename }\n    l15: login(input: { email: $email, password: $password }) { __typename }\n  }\n": types.FifteenLoginsDocument,
    "\n  mutation ChangePasswordAttempt($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n    }\n  }\n": types.ChangePasswordAttemptDocument,
    "\n  mutation FifteenStaffLogins($email: String!, $password: String!) {\n    l1: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l2: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l3: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l4: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l5: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l6: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l7: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l8: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l9: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l10: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l11: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l12: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l13: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l14: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l15: loginStaff(input: { email: $email, password: $password }) { __typename }\n  }\n": types.FifteenStaffLoginsDocument,
    "\n  mutation RequestResetAfterGuessing($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n    }\n  }\n": types.RequestResetAfterGuessingDocument,
    "\n  mutation ResetAfterGuessing($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n    }\n  }\n": types.ResetAfterGuessingDocument,
    "\n  mutation LoginStaffAttempt($email: String!, $password: String!) {\n    loginStaff(input: { email: $email, password: $password }) {\n      __typename\n    }\n  }\n": types.LoginStaffAttemptDocument,
    "\n  query MeOverWs {\n    me {\n      email\n    }\n  }\n": types.MeOverWsDocument,
    "\n  mutation LogoutOverHttp {\n    logout {\n      __typename\n    }\n  }\n": types.LogoutOverHttpDocument,
    "\n  mutation GreetForLifecycle($name: String) {\n    greet(input: { name: $name }) {\n      ... on Greeted {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n": types.GreetForLifecycleDocument,
    "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": types.GreetingAfterRestartDocument,
    "\n  mutation CancelMine($input: CancelMyOrderInput!) {\n    cancelMyOrder(input: $input) {\n      __typename\n      ... on OrderCancelled {\n        order {\n          state\n          payment {\n            state\n            amountRefunded {\n              amount\n            }\n          }\n        }\n      }\n      ... on OrderNotCancellable {\n        state\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.CancelMineDocument,
    "\n  mutation ShipForCancel($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": types.ShipForCancelDocument,
    "\n      mutation SettleForCancel($input: TransitionOrderInput!) {\n        transitionOrder(input: $input) {\n          __typename\n        }\n      }\n    ": types.SettleForCancelDocument,
    "\n  mutation FulfilForRefund($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": types.FulfilForRefundDocument,
    "\n  mutation RegisterInProduction($email: String!) {\n    register(input: { email: $email, password: \"production password\", firstName: \"Ada\", lastName: \"L\" }) {\n      __typename\n    }\n  }\n": types.RegisterInProductionDocument,
    "\n  mutation LoginInProduction($email: String!) {\n    login(input: { email: $email, password: \"production password\" }) {\n      __typename\n    }\n  }\n": types.LoginInProductionDocument,
    "\n  mutation GreetInProduction($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n    }\n  }\n": types.GreetInProductionDocument,
    "\n  query GreetingInProduction($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": types.GreetingInProductionDocument,
    "\n  query BrokenRead($name: String!) {\n    lookup: greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": types.BrokenReadDocument,
    "\n  query ShopAndMe {\n    hello\n    me {\n      email\n    }\n  }\n": types.ShopAndMeDocument,
    "\n  mutation ChangeName {\n    updateProfile(input: { firstName: \"Eve\" }) {\n      __typename\n    }\n  }\n": types.ChangeNameDocument,
    "\n  subscription CheapStockWatch {\n    stockLevelChanged {\n      alert\n      available\n    }\n  }\n": types.CheapStockWatchDocument,
    "\n  subscription DearStockWatch {\n    stockLevelChanged {\n      variant {\n        product {\n          variants(first: 50) {\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DearStockWatchDocument,
    "\n  subscription WatchPlacedOverRedis {\n    orderPlaced {\n      code\n    }\n  }\n": types.WatchPlacedOverRedisDocument,
    "\n  subscription WatchMyOrders($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      code\n      state\n      trackingCode\n    }\n  }\n": types.WatchMyOrdersDocument,
    "\n  subscription WatchNewOrders {\n    orderPlaced {\n      code\n      email\n      transitions {\n        to\n        note\n      }\n    }\n  }\n": types.WatchNewOrdersDocument,
    "\n  subscription WatchCart {\n    cartUpdated {\n      totalQuantity\n      lines {\n        sku\n        unitPrice {\n          amount\n        }\n      }\n      totals {\n        subtotal {\n          amount\n        }\n      }\n    }\n  }\n": types.WatchCartDocument,
    "\n  subscription WatchStock {\n    stockLevelChanged {\n      alert\n      available\n      threshold\n      variant {\n        sku\n      }\n    }\n  }\n": types.WatchStockDocument,
    "\n  mutation ShipOrder($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n": types.ShipOrderDocument,
    "\n  mutation ChangePrice($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      __typename\n    }\n  }\n": types.ChangePriceDocument,
    "\n  mutation SignOut {\n    logout {\n      __typename\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      __typename\n      ... on WebhookRedeliveryScheduled {\n        delivery {\n          status\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.RedeliverWebhookDeliveryDocument,
    "\n  query WebhookEndpointState($id: ID!) {\n    node(id: $id) {\n      ... on WebhookEndpoint {\n        enabled\n        disabledAt\n        disabledReason\n        failingSince\n      }\n    }\n  }\n": types.WebhookEndpointStateDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          url\n          eventTypes\n          description\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation ToggleWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          enabled\n          disabledReason\n        }\n      }\n    }\n    enableWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          enabled\n          disabledAt\n          disabledReason\n        }\n      }\n    }\n  }\n": types.ToggleWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookEndpointSecret(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointSecretRotated {\n        secret\n        previousSecretExpiresAt\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointDeleted {\n        deletedId\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 100) {\n      totalCount\n      nodes {\n        id\n        url\n        eventTypes\n        enabled\n      }\n    }\n    webhookEventTypes\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WebhookEndpoint {\n        url\n      }\n    }\n  }\n": types.WebhookNodeDocument,
    "\n  query HelloOverWs {\n    hello\n  }\n": types.HelloOverWsDocument,
    "\n  mutation GreetOverWs($name: String) {\n    greet(input: { name: $name }) {\n      ... on Greeted {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.GreetOverWsDocument,
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
export function graphql(source: "\n  query StockQuery($slug: String!) {\n    product(slug: $slug) {\n      title\n      variants(first: 1) {\n        nodes {\n          sku\n          stock {\n            onHand\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StockQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachProductImages($input: SetProductImagesInput!) {\n    setProductImages(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n          images {\n            id\n            width\n          }\n          featuredImage {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').AttachProductImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachVariantImages($input: SetVariantImagesInput!) {\n    setVariantImages(input: $input) {\n      __typename\n      ... on VariantUpdated {\n        variant {\n          version\n          images {\n            id\n          }\n          featuredImage {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AttachVariantImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeImageProduct {\n    createProduct(input: { title: \"Pictured\", status: ACTIVE }) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n    createVariant: createProduct(input: { title: \"Pictured Variant Holder\", status: ACTIVE }) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MakeImageProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddImageVariant($productId: ID!) {\n    createVariant(input: { productId: $productId, sku: \"PIC-1\", price: \"1.00\" }) {\n      ... on VariantCreated {\n        variant {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AddImageVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImageUrl($id: ID!) { node(id: $id) { ... on Image { url } } }"): typeof import('./graphql.js').ImageUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JsonRowsProduct on Product {\n    slug\n    title\n    description\n    status\n    version\n    createdAt\n    updatedAt\n    priceRange {\n      min {\n        amount\n      }\n      max {\n        amount\n      }\n    }\n  }\n"): typeof import('./graphql.js').JsonRowsProductFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JsonRowsVariant on Variant {\n    id\n    sku\n    position\n    price {\n      amount\n    }\n    compareAtPrice {\n      amount\n    }\n    weightGrams\n    trackInventory\n    allowBackorder\n    availableForSale\n    archivedAt\n    version\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').JsonRowsVariantFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JsonRowsListAlong {\n    products(first: 20, sort: NEWEST) {\n      nodes {\n        ...JsonRowsProduct\n        variants(first: 10) {\n          nodes {\n            ...JsonRowsVariant\n            stock {\n              onHand\n              allocated\n            }\n            product {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').JsonRowsListAlongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JsonRowsPageAlong($after: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: 2, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n          variants(first: 3) {\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').JsonRowsPageAlongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JsonRowsPagePlain($after: String, $sort: ProductSort, $filter: ProductFilter) {\n    products(first: 2, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').JsonRowsPagePlainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JsonRowsCombined($slug: String!, $collection: String!) {\n    collection(slug: $collection) {\n      slug\n    }\n    product(slug: $slug) {\n      ...JsonRowsProduct\n      options {\n        name\n      }\n      variants(first: 10) {\n        nodes {\n          ...JsonRowsVariant\n          stock {\n            onHand\n            allocated\n          }\n          product {\n            slug\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').JsonRowsCombinedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JsonRowsProductAlone($slug: String!) {\n    product(slug: $slug) {\n      ...JsonRowsProduct\n    }\n  }\n"): typeof import('./graphql.js').JsonRowsProductAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JsonRowsVariantAlone($id: ID!) {\n    node(id: $id) {\n      ...JsonRowsVariant\n    }\n  }\n"): typeof import('./graphql.js').JsonRowsVariantAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsTrimmed {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        slug\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsTrimmedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsElsewhere($id: ID!) {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        slug\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n    product(id: $id) {\n      description\n      version\n      createdAt\n      updatedAt\n      featuredImage {\n        url\n      }\n      variants(first: 10) {\n        pageInfo {\n          endCursor\n        }\n        edges {\n          cursor\n        }\n        nodes {\n          sku\n          position\n          featuredImage {\n            url\n          }\n          weightGrams\n          compareAtPrice {\n            amount\n          }\n          version\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsElsewhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsAlone($id: ID!) {\n    product(id: $id) {\n      ...ListColumnsProduct\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListColumnsProduct on Product {\n    description\n    version\n    createdAt\n    updatedAt\n    featuredImage {\n      url\n    }\n    variants(first: 10) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        sku\n        position\n        featuredImage {\n          url\n        }\n        weightGrams\n        compareAtPrice {\n          amount\n        }\n        version\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsProductFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsThroughFragment {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        ...ListColumnsProduct\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsThroughFragmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsCursorsWithVariants {\n    products(first: 3, sort: NEWEST) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          variants(first: 2) {\n            pageInfo {\n              endCursor\n            }\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsCursorsWithVariantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsCursorsAlone {\n    products(first: 3, sort: NEWEST) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsCursorsAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsVariantCursorAlone($id: ID!) {\n    product(id: $id) {\n      variants(first: 2) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsVariantCursorAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsVariantIdsElsewhere($id: ID!) {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        variants(first: 10) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n    product(id: $id) {\n      variants(first: 10) {\n        nodes {\n          sku\n          title\n          selectedOptions {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsVariantIdsElsewhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsVariantIdsAlone($id: ID!) {\n    product(id: $id) {\n      variants(first: 10) {\n        nodes {\n          id\n          sku\n          title\n          selectedOptions {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsVariantIdsAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsVariantIdsThroughNode {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        variants(first: 10) {\n          nodes {\n            sku\n            ... on Node {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsVariantIdsThroughNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsListPage {\n    products(first: 5, sort: NEWEST) {\n      nodes {\n        id\n        ...ListColumnsCard\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsListPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListColumnsCardAlone($id: ID!) {\n    product(id: $id) {\n      ...ListColumnsCard\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsCardAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListColumnsCard on Product {\n    title\n    slug\n    status\n    priceRange {\n      min {\n        amount\n        currencyCode\n      }\n      max {\n        amount\n      }\n    }\n    variants(first: 10) {\n      nodes {\n        sku\n        price {\n          amount\n        }\n        availableForSale\n        trackInventory\n        allowBackorder\n      }\n    }\n  }\n"): typeof import('./graphql.js').ListColumnsCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          title\n          slug\n          status\n          version\n        }\n      }\n      ... on VersionConflict {\n        currentVersion\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProduct($input: ArchiveProductInput!) {\n    archiveProduct(input: $input) {\n      __typename\n      ... on ProductArchived {\n        product {\n          status\n          version\n        }\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArchiveProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOptions($input: SetProductOptionsInput!) {\n    setProductOptions(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n          options {\n            id\n            name\n            values {\n              name\n            }\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n      ... on VariantCreated {\n        variant {\n          id\n          sku\n          title\n          version\n          price {\n            amount\n          }\n          compareAtPrice {\n            amount\n          }\n          availableForSale\n          product {\n            priceRange {\n              min {\n                amount\n              }\n              max {\n                amount\n              }\n            }\n          }\n        }\n      }\n      ... on SkuTaken {\n        sku\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CollectionCreated {\n        collection {\n          id\n          slug\n          version\n          position\n          parent {\n            slug\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzyMatches($query: String!) {\n    search(query: $query, first: 50) {\n      totalCount\n      nodes {\n        title\n      }\n    }\n    products(first: 50, filter: { query: $query }) {\n      totalCount\n      nodes {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql.js').FuzzyMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchWhole($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {\n    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        priceRange {\n          min {\n            amount\n          }\n        }\n        collections {\n          id\n        }\n        variants(first: 20) {\n          nodes {\n            selectedOptions {\n              name\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            id\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          max {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchWholeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPageOnly($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {\n    search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchPageOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCounts($query: String!) {\n    search(query: $query, first: 3) {\n      totalCount\n      nodes {\n        title\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        prices {\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAlong($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        featuredImage {\n          url\n          width\n        }\n        images {\n          url\n          alt\n        }\n      }\n      edges {\n        node {\n          id\n          featuredImage {\n            url\n          }\n        }\n      }\n      facets {\n        collections {\n          count\n          collection {\n            id\n            title\n            slug\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchAlongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlongByLoaders($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Product {\n        id\n        featuredImage {\n          url\n          width\n        }\n        images {\n          url\n          alt\n        }\n      }\n      ... on Collection {\n        id\n        title\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql.js').AlongByLoadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOptionOrder($query: String!, $after: String) {\n    search(query: $query, first: 25, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        options {\n          name\n          values {\n            name\n          }\n        }\n        variants(first: 50) {\n          nodes {\n            selectedOptions {\n              name\n              value\n            }\n          }\n        }\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchOptionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCards($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        ...SearchPageCard\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchDetails($query: String!) {\n    search(query: $query, first: 7) {\n      totalCount\n      nodes {\n        id\n        ...SearchPageCard\n        ...SearchPageDetails\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPageProductAlone($id: ID!) {\n    product(id: $id) {\n      ...SearchPageCard\n      ...SearchPageDetails\n    }\n  }\n"): typeof import('./graphql.js').SearchPageProductAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchPageCard on Product {\n    title\n    slug\n    status\n    priceRange {\n      min {\n        amount\n      }\n    }\n    featuredImage {\n      url\n    }\n  }\n"): typeof import('./graphql.js').SearchPageCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchPageDetails on Product {\n    description\n    version\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').SearchPageDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchWords($query: String!) {\n    search(query: $query, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchWordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetitleProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RetitleProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int, $after: String, $filter: ProductFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        title\n      }\n      facets {\n        options {\n          name\n          values {\n            value\n            count\n          }\n        }\n        collections {\n          count\n          collection {\n            slug\n          }\n        }\n        prices {\n          min {\n            amount\n          }\n          max {\n            amount\n          }\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFixture($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ... on ProductCreated {\n        product {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFixtureVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').SearchFixtureVariantDocument;
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
export function graphql(source: "\n  query ProductListTree($first: Int!, $variants: Int!) {\n    products(first: $first) {\n      nodes {\n        id\n        title\n        slug\n        priceRange {\n          min {\n            amount\n            currencyCode\n          }\n        }\n        variants(first: $variants) {\n          nodes {\n            sku\n            price {\n              amount\n              currencyCode\n            }\n            availableForSale\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProductListTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPageTree($slug: String!, $variants: Int!) {\n    product(slug: $slug) {\n      id\n      title\n      slug\n      description\n      status\n      availableForSale\n      priceRange {\n        min {\n          amount\n          currencyCode\n        }\n        max {\n          amount\n          currencyCode\n        }\n      }\n      options {\n        id\n        name\n        values {\n          id\n          name\n        }\n      }\n      images {\n        url\n        width\n        height\n        alt\n      }\n      featuredImage {\n        url\n        width\n        height\n      }\n      collections {\n        title\n        slug\n        parent {\n          title\n          slug\n        }\n      }\n      variants(first: $variants) {\n        totalCount\n        nodes {\n          id\n          sku\n          title\n          price {\n            amount\n            currencyCode\n          }\n          compareAtPrice {\n            amount\n            currencyCode\n          }\n          availableForSale\n          weightGrams\n          selectedOptions {\n            name\n            value\n          }\n          featuredImage {\n            url\n          }\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProductPageTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VariantsAlong($first: Int, $last: Int, $variants: Int!, $other: Int!) {\n    products(first: $first, last: $last) {\n      nodes {\n        slug\n        variants(first: $variants) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            sku\n            createdAt\n            archivedAt\n          }\n        }\n        other: variants(first: $other) {\n          nodes {\n            sku\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').VariantsAlongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VariantAlone($id: ID!) {\n    node(id: $id) {\n      ... on Variant {\n        sku\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').VariantAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVariant($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      __typename\n      ... on VariantUpdated {\n        variant {\n          sku\n          version\n          price {\n            amount\n          }\n          compareAtPrice {\n            amount\n          }\n        }\n      }\n      ... on VersionConflict {\n        currentVersion\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveVariant($input: ArchiveVariantInput!) {\n    archiveVariant(input: $input) {\n      __typename\n      ... on VariantArchived {\n        variant {\n          archivedAt\n          availableForSale\n          product {\n            priceRange {\n              min {\n                amount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArchiveVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on CollectionUpdated {\n        collection {\n          version\n          parent {\n            slug\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCollectionProducts($input: SetCollectionProductsInput!) {\n    setCollectionProducts(input: $input) {\n      __typename\n      ... on CollectionUpdated {\n        collection {\n          version\n          products(first: 10) {\n            nodes {\n              slug\n            }\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetCollectionProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on CollectionDeleted {\n        deletedId\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeleteCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCollections($query: String!) {\n    search(query: $query) {\n      facets {\n        collections {\n          count\n          collection {\n            slug\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDearVariant($input: CreateVariantInput!) {\n    createVariant(input: $input) {\n      __typename\n      ... on VariantCreated {\n        variant {\n          price {\n            amount\n          }\n        }\n      }\n      ... on UserError {\n        code\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateDearVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDearCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateDearCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergedCart {\n    cart {\n      lines {\n        sku\n        quantity\n      }\n      shippingAddress {\n        city\n      }\n      shippingMethod {\n        code\n      }\n      coupons {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').MergedCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithCart($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoggedIn {\n        cart {\n          id\n          totalQuantity\n          lines {\n            sku\n            quantity\n          }\n        }\n        guestCartMerge {\n          mergedLines\n          droppedLines\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoginWithCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CartId { cart { id } }"): typeof import('./graphql.js').CartIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartQuery {\n    cart {\n      ...CartFields\n      availableShippingMethods {\n        code\n        price {\n          amount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLine($input: UpdateCartLineInput!) {\n    updateCartLine(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          totalQuantity\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLine($input: RemoveCartLineInput!) {\n    removeCartLine(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          totalQuantity\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RemoveLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Details($email: SetCartEmailInput!, $address: SetCartShippingAddressInput!, $method: SetCartShippingMethodInput!) {\n    setCartEmail(input: $email) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n    setCartShippingAddress(input: $address) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n    setCartShippingMethod(input: $method) {\n      __typename\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').DetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToBook($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressCreated {\n        address {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AddToBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipTo($input: SetCartShippingAddressInput!) {\n    setCartShippingAddress(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          shippingAddress {\n            firstName\n            line1\n            city\n            countryCode\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShipToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillTo($input: SetCartBillingAddressInput!) {\n    setCartBillingAddress(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          billingAddress {\n            firstName\n            line1\n            city\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').BillToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartAddresses {\n    cart {\n      shippingAddress {\n        line1\n      }\n      billingAddress {\n        line1\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderAddresses($code: String!, $id: ID!) {\n    order(code: $code) {\n      shippingAddress {\n        line1\n        city\n      }\n      billingAddress {\n        firstName\n        line1\n        city\n      }\n    }\n    node(id: $id) {\n      ... on Order {\n        billingAddress {\n          line1\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMethodOnly {\n    setCartShippingMethod(input: { code: \"standard\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').SetMethodOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutCart {\n    cart {\n      id\n      totalQuantity\n    }\n  }\n"): typeof import('./graphql.js').CheckoutCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceWithToken($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        statusToken\n        order {\n          id\n          code\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlaceWithTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusByToken($token: String!) {\n    orderByStatusToken(token: $token) {\n      code\n      state\n      trackingCode\n      placedAt\n      lines {\n        sku\n        quantity\n        subtotal {\n          amount\n        }\n      }\n      totals {\n        total {\n          amount\n          currencyCode\n        }\n      }\n      shippingAddress {\n        city\n        countryCode\n      }\n      shippingMethod {\n        code\n      }\n      history {\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql.js').StatusByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenAndNothingElse($token: String!, $code: String!, $id: ID!) {\n    orderByStatusToken(token: $token) {\n      code\n    }\n    order(code: $code) {\n      code\n    }\n    node(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TokenAndNothingElseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LookUp($input: LookUpOrderInput!) {\n    lookUpOrder(input: $input) {\n      __typename\n      ... on OrderFound {\n        order {\n          code\n          state\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').LookUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypeFields($name: String!) {\n    __type(name: $name) {\n      fields {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').TypeFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilForStatus($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').FulfilForStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      __typename\n      ... on StockAdjusted {\n        variant {\n          sku\n          stock {\n            onHand\n            allocated\n            available\n          }\n        }\n        movement {\n          kind\n          reason\n          onHandDelta\n          allocatedDelta\n          note\n          actorKind\n          staffMemberId\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdjustStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger($variantId: ID!, $first: Int, $after: String) {\n    stockMovements(variantId: $variantId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        reason\n        onHandDelta\n        allocatedDelta\n        actorKind\n        orderCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').LedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeMovement($id: ID!) {\n    node(id: $id) {\n      ... on StockMovement {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql.js').NodeMovementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($first: Int, $after: String) {\n    me {\n      orders(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          code\n          lines {\n            quantity\n            variant {\n              product {\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderByCode($code: String!) {\n    order(code: $code) {\n      id\n      code\n      state\n      customerId\n      nextStates\n      transitions {\n        from\n        to\n        actorKind\n        staffMemberId\n        note\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTransitions($code: String!) {\n    order(code: $code) {\n      transitions {\n        from\n        to\n        actorKind\n        at\n        note\n        staffMemberId\n      }\n    }\n    me {\n      orders(first: 10) {\n        nodes {\n          code\n          transitions {\n            to\n            note\n            staffMemberId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerTransitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeOrder($id: ID!) {\n    node(id: $id) {\n      ... on Order {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').NodeOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOrderHistory($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        email\n        orders {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerOrderHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOrders($filter: OrderFilter, $first: Int) {\n    orders(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        code\n        state\n        email\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Transition($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n          expiresAt\n        }\n      }\n      ... on IllegalTransition {\n        from\n        to\n        allowed\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').TransitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Fulfil($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n          trackingCode\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').FulfilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      __typename\n      ... on OrderUpdated {\n        order {\n          state\n        }\n      }\n      ... on IllegalTransition {\n        from\n        allowed\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      __typename\n      ... on CouponCreated {\n        coupon {\n          id\n          code\n          kind\n          percentOff\n          amountOff {\n            amount\n          }\n          minimumSubtotal {\n            amount\n          }\n          usageLimit\n          timesUsed\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCoupon($input: UpdateCouponInput!) {\n    updateCoupon(input: $input) {\n      __typename\n      ... on CouponUpdated {\n        coupon {\n          active\n          usageLimit\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coupons($first: Int) {\n    coupons(first: $first) {\n      totalCount\n      nodes {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').CouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeCoupon($id: ID!) {\n    node(id: $id) {\n      ... on Coupon {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').NodeCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCoupon($input: RemoveCouponInput!) {\n    removeCoupon(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RemoveCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLineForCoupon($input: UpdateCartLineInput!) {\n    updateCartLine(input: $input) {\n      ... on CartUpdated {\n        cart {\n          coupons {\n            applicable\n            problem\n          }\n          totals {\n            discount {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateLineForCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceUnpaidOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          state\n        }\n      }\n      ... on TooManyUnpaidOrders {\n        limit\n      }\n      ... on QuantityLimitExceeded {\n        lines {\n          variantId\n          requested\n          allowed\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlaceUnpaidOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOrderPaid($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').MarkOrderPaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorefrontPage {\n    products(first: 20) {\n      nodes {\n        title\n        slug\n        priceRange { min { amount currencyCode } }\n        variants(first: 10) { nodes { sku price { amount } availableForSale } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StorefrontPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrderList {\n    orders(first: 50) {\n      totalCount\n      nodes { id code state email placedAt lines { sku quantity } totals { total { amount currencyCode } } }\n    }\n  }\n"): typeof import('./graphql.js').AdminOrderListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobs($first: Int) {\n    failedJobs(first: $first) {\n      totalCount\n      nodes {\n        id\n        task\n        attempts\n        maxAttempts\n        gaveUp\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n"): typeof import('./graphql.js').FailedJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      __typename\n      ... on JobRetried {\n        job {\n          id\n          attempts\n          gaveUp\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RetryJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailShip($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').MailShipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      __typename\n      ... on ProductUpdated {\n        product {\n          version\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EventsUpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsArchiveProduct($input: ArchiveProductInput!) {\n    archiveProduct(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EventsArchiveProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsSetOptions($input: SetProductOptionsInput!) {\n    setProductOptions(input: $input) {\n      __typename\n      ... on UserError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').EventsSetOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsFulfil($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EventsFulfilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsTransition($input: TransitionOrderInput!) {\n    transitionOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EventsTransitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsCancel($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EventsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsAdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EventsAdjustStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hello {\n    hello\n  }\n"): typeof import('./graphql.js').HelloDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Greet($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n      ... on Greeted {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').TwoGreetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      __typename\n      ... on ProductCreated {\n        product {\n          id\n          slug\n          title\n          status\n          version\n          options {\n            id\n            name\n            values {\n              name\n            }\n          }\n        }\n      }\n      ... on SlugTaken {\n        slug\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartFields on Cart {\n    id\n    email\n    totalQuantity\n    lines {\n      id\n      quantity\n      sku\n      availableForSale\n      unitPrice {\n        amount\n      }\n      subtotal {\n        amount\n      }\n      discount {\n        amount\n      }\n      tax {\n        amount\n      }\n      variant {\n        id\n      }\n    }\n    shippingAddress {\n      countryCode\n      city\n    }\n    shippingMethod {\n      code\n      price {\n        amount\n      }\n    }\n    coupons {\n      code\n      applicable\n      problem\n    }\n    totals {\n      subtotal {\n        amount\n        currencyCode\n      }\n      discount {\n        amount\n      }\n      shipping {\n        amount\n      }\n      tax {\n        amount\n      }\n      total {\n        amount\n      }\n      pricesIncludeTax\n      taxRate\n    }\n  }\n"): typeof import('./graphql.js').CartFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLines($input: AddCartLinesInput!) {\n    addCartLines(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cartToken\n        cart {\n          ...CartFields\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          variantId\n          requested\n          available\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').AddLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEmail($input: SetCartEmailInput!) {\n    setCartEmail(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAddress($input: SetCartShippingAddressInput!) {\n    setCartShippingAddress(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMethod($input: SetCartShippingMethodInput!) {\n    setCartShippingMethod(input: $input) {\n      __typename\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetMethodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          code\n          state\n          email\n          paymentReference\n          expiresAt\n          totals {\n            subtotal {\n              amount\n            }\n            discount {\n              amount\n            }\n            shipping {\n              amount\n            }\n            tax {\n              amount\n            }\n            total {\n              amount\n            }\n          }\n          lines {\n            sku\n            quantity\n            unitPrice {\n              amount\n            }\n          }\n          couponCodes\n        }\n      }\n      ... on InsufficientStock {\n        shortages {\n          variantId\n          requested\n          available\n        }\n      }\n      ... on CouponUnavailable {\n        couponCode\n        reason\n      }\n      ... on CheckoutIncomplete {\n        missing\n      }\n      ... on PaymentProviderUnavailable {\n        retryable\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyCoupon($input: ApplyCouponInput!) {\n    applyCoupon(input: $input) {\n      __typename\n      ... on CartUpdated {\n        cart {\n          ...CartFields\n        }\n      }\n      ... on CouponUnavailable {\n        couponCode\n        reason\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApplyCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCustomer($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on CustomerRegistered {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegisterCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginCustomer($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoggedIn {\n        token\n        expiresAt\n        customer {\n          id\n          email\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoginCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSession($input: CreatePaymentSessionInput!) {\n    createPaymentSession(input: $input) {\n      __typename\n      ... on PaymentSessionCreated {\n        clientSecret\n        amount {\n          amount\n          currencyCode\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceCardOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on OrderPlaced {\n        order {\n          id\n          code\n          state\n          payment {\n            state\n            amountCaptured {\n              amount\n            }\n          }\n        }\n      }\n      ... on PaymentActionRequired {\n        clientSecret\n        order {\n          id\n          code\n          state\n          payment {\n            state\n          }\n        }\n      }\n      ... on PaymentProviderUnavailable {\n        retryable\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlaceCardOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      __typename\n      ... on OrderRefunded {\n        order {\n          state\n          payment {\n            state\n            amountCaptured {\n              amount\n            }\n            amountRefunded {\n              amount\n            }\n          }\n        }\n        refund {\n          amount {\n            amount\n          }\n          shipping {\n            amount\n          }\n          restocked\n          lines {\n            orderLineId\n            quantity\n            amount {\n              amount\n            }\n          }\n        }\n      }\n      ... on RefundExceedsCaptured {\n        refundable {\n          amount\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RefundOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPayment($code: String!) {\n    order(code: $code) {\n      state\n      lines {\n        id\n        quantity\n      }\n      payment {\n        provider\n        state\n        reference\n        amount {\n          amount\n        }\n        amountCaptured {\n          amount\n        }\n        amountRefunded {\n          amount\n        }\n        attempts {\n          kind\n          outcome\n        }\n      }\n      refunds {\n        amount {\n          amount\n        }\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpointCreated {\n        secret\n        endpoint {\n          id\n          url\n          description\n          eventTypes\n          enabled\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first) {\n      totalCount\n      nodes {\n        id\n        eventId\n        eventType\n        status\n        attemptCount\n        nextAttemptAt\n        lastStatusCode\n        lastLatencyMs\n        completedAt\n        attempts {\n          number\n          statusCode\n          latencyMs\n          errorKind\n          errorMessage\n          responseBody\n          redelivery\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetForHttp($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').GreetForHttpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      firstName\n      lastName\n      preferences {\n        locale\n        marketingOptIn\n        marketingOptInChangedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          firstName\n          lastName\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          preferences {\n            locale\n            marketingOptIn\n            marketingOptInChangedAt\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAddress($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressCreated {\n        address {\n          id\n          city\n          countryCode\n          company\n          isDefaultShipping\n          isDefaultBilling\n        }\n        customer {\n          defaultShippingAddress {\n            id\n          }\n          defaultBillingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      __typename\n      ... on AddressUpdated {\n        address {\n          city\n          company\n          line2\n          isDefaultShipping\n          isDefaultBilling\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(input: { id: $id }) {\n      __typename\n      ... on AddressDeleted {\n        deletedAddressId\n        customer {\n          addresses {\n            id\n          }\n          defaultShippingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeleteAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        email\n        addresses {\n          city\n        }\n      }\n      ... on Address {\n        city\n      }\n    }\n  }\n"): typeof import('./graphql.js').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      emailVerified\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ... on LoggedOut {\n        sessionsRevoked\n      }\n    }\n  }\n"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ... on LoggedOut {\n        sessionsRevoked\n      }\n    }\n  }\n"): typeof import('./graphql.js').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n      ... on PasswordChanged {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameMe($firstName: String) {\n    updateProfile(input: { firstName: $firstName }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RenameMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeWithAddresses {\n    me {\n      email\n      addresses {\n        city\n      }\n      defaultShippingAddress {\n        city\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeWithAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelloWithSession { hello }"): typeof import('./graphql.js').HelloWithSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailToken($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').VerifyEmailTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerificationEmail {\n      __typename\n      ... on VerificationEmailSent {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResendVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n      ... on PasswordResetRequested {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n      ... on PasswordReset {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeVerified {\n    me {\n      emailVerified\n    }\n  }\n"): typeof import('./graphql.js').MeVerifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($name: String!, $permissions: [Permission!]!) {\n    createRole(input: { name: $name, permissions: $permissions }) {\n      __typename\n      ... on RoleCreated {\n        role {\n          id\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      __typename\n      ... on RoleUpdated {\n        role {\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      __typename\n      ... on StaffCreated {\n        staff {\n          id\n          email\n          permissions\n          roles {\n            name\n          }\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {\n    setStaffRoles(input: { staffId: $staffId, roleIds: $roleIds }) {\n      __typename\n      ... on StaffUpdated {\n        staff {\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetStaffRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      __typename\n      ... on StaffUpdated {\n        staff {\n          name\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginStaff($email: String!, $password: String!) {\n    loginStaff(input: { email: $email, password: $password }) {\n      __typename\n      ... on StaffLoggedIn {\n        token\n        staff {\n          email\n          permissions\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoginStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDirectory {\n    currentStaff {\n      id\n      email\n      permissions\n    }\n    staffMembers {\n      email\n    }\n    roles {\n      name\n    }\n  }\n"): typeof import('./graphql.js').StaffDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentStaff {\n    currentStaff {\n      id\n      email\n      roles {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').CurrentStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNode($id: ID!) {\n    node(id: $id) {\n      ... on Staff {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerLoginAsStaff($email: String!) { login(input: { email: $email, password: \"editor password 1\" }) { __typename } }"): typeof import('./graphql.js').CustomerLoginAsStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffChangesPassword { changePassword(input: { currentPassword: \"first password 1\", newPassword: \"second password 2\" }) { __typename ... on PasswordChanged { sessionsRevoked } } }"): typeof import('./graphql.js').StaffChangesPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FifteenLogins($email: String!, $password: String!) {\n    l1: login(input: { email: $email, password: $password }) { __typename }\n    l2: login(input: { email: $email, password: $password }) { __typename }\n    l3: login(input: { email: $email, password: $password }) { __typename }\n    l4: login(input: { email: $email, password: $password }) { __typename }\n    l5: login(input: { email: $email, password: $password }) { __typename }\n    l6: login(input: { email: $email, password: $password }) { __typename }\n    l7: login(input: { email: $email, password: $password }) { __typename }\n    l8: login(input: { email: $email, password: $password }) { __typename }\n    l9: login(input: { email: $email, password: $password }) { __typename }\n    l10: login(input: { email: $email, password: $password }) { __typename }\n    l11: login(input: { email: $email, password: $password }) { __typename }\n    l12: login(input: { email: $email, password: $password }) { __typename }\n    l13: login(input: { email: $email, password: $password }) { __typename }\n    l14: login(input: { email: $email, password: $password }) { __typename }\n    l15: login(input: { email: $email, password: $password }) { __typename }\n  }\n"): typeof import('./graphql.js').FifteenLoginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordAttempt($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').ChangePasswordAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FifteenStaffLogins($email: String!, $password: String!) {\n    l1: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l2: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l3: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l4: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l5: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l6: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l7: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l8: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l9: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l10: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l11: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l12: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l13: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l14: loginStaff(input: { email: $email, password: $password }) { __typename }\n    l15: loginStaff(input: { email: $email, password: $password }) { __typename }\n  }\n"): typeof import('./graphql.js').FifteenStaffLoginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestResetAfterGuessing($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RequestResetAfterGuessingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAfterGuessing($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').ResetAfterGuessingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginStaffAttempt($email: String!, $password: String!) {\n    loginStaff(input: { email: $email, password: $password }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').LoginStaffAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeOverWs {\n    me {\n      email\n    }\n  }\n"): typeof import('./graphql.js').MeOverWsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutOverHttp {\n    logout {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').LogoutOverHttpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetForLifecycle($name: String) {\n    greet(input: { name: $name }) {\n      ... on Greeted {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetForLifecycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').GreetingAfterRestartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMine($input: CancelMyOrderInput!) {\n    cancelMyOrder(input: $input) {\n      __typename\n      ... on OrderCancelled {\n        order {\n          state\n          payment {\n            state\n            amountRefunded {\n              amount\n            }\n          }\n        }\n      }\n      ... on OrderNotCancellable {\n        state\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CancelMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipForCancel($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').ShipForCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SettleForCancel($input: TransitionOrderInput!) {\n        transitionOrder(input: $input) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql.js').SettleForCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilForRefund($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').FulfilForRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterInProduction($email: String!) {\n    register(input: { email: $email, password: \"production password\", firstName: \"Ada\", lastName: \"L\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RegisterInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginInProduction($email: String!) {\n    login(input: { email: $email, password: \"production password\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').LoginInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetInProduction($name: String) {\n    greet(input: { name: $name }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').GreetInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GreetingInProduction($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').GreetingInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrokenRead($name: String!) {\n    lookup: greeting(name: $name) {\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').BrokenReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopAndMe {\n    hello\n    me {\n      email\n    }\n  }\n"): typeof import('./graphql.js').ShopAndMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeName {\n    updateProfile(input: { firstName: \"Eve\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').ChangeNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CheapStockWatch {\n    stockLevelChanged {\n      alert\n      available\n    }\n  }\n"): typeof import('./graphql.js').CheapStockWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DearStockWatch {\n    stockLevelChanged {\n      variant {\n        product {\n          variants(first: 50) {\n            nodes {\n              sku\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DearStockWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WatchPlacedOverRedis {\n    orderPlaced {\n      code\n    }\n  }\n"): typeof import('./graphql.js').WatchPlacedOverRedisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WatchMyOrders($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      code\n      state\n      trackingCode\n    }\n  }\n"): typeof import('./graphql.js').WatchMyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WatchNewOrders {\n    orderPlaced {\n      code\n      email\n      transitions {\n        to\n        note\n      }\n    }\n  }\n"): typeof import('./graphql.js').WatchNewOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WatchCart {\n    cartUpdated {\n      totalQuantity\n      lines {\n        sku\n        unitPrice {\n          amount\n        }\n      }\n      totals {\n        subtotal {\n          amount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WatchCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WatchStock {\n    stockLevelChanged {\n      alert\n      available\n      threshold\n      variant {\n        sku\n      }\n    }\n  }\n"): typeof import('./graphql.js').WatchStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrder($input: FulfilOrderInput!) {\n    fulfilOrder(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').ShipOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePrice($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').ChangePriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      __typename\n      ... on WebhookRedeliveryScheduled {\n        delivery {\n          status\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RedeliverWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpointState($id: ID!) {\n    node(id: $id) {\n      ... on WebhookEndpoint {\n        enabled\n        disabledAt\n        disabledReason\n        failingSince\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookEndpointStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          url\n          eventTypes\n          description\n        }\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          enabled\n          disabledReason\n        }\n      }\n    }\n    enableWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointUpdated {\n        endpoint {\n          enabled\n          disabledAt\n          disabledReason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ToggleWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookEndpointSecret(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointSecretRotated {\n        secret\n        previousSecretExpiresAt\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(input: { id: $id }) {\n      __typename\n      ... on WebhookEndpointDeleted {\n        deletedId\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 100) {\n      totalCount\n      nodes {\n        id\n        url\n        eventTypes\n        enabled\n      }\n    }\n    webhookEventTypes\n  }\n"): typeof import('./graphql.js').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WebhookEndpoint {\n        url\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelloOverWs {\n    hello\n  }\n"): typeof import('./graphql.js').HelloOverWsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetOverWs($name: String) {\n    greet(input: { name: $name }) {\n      ... on Greeted {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetOverWsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
