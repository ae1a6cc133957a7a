import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { SearchDocument } from "@larder/sdk";
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { RequestError } from "../../components/Messages";
import { Facets } from "./Facets";
import { readListParams } from "./listParams";
import { ProductCard } from "./ProductCard";
import { SortSelect } from "./SortSelect";
import { useCollection } from "./useCollection";
import { useOnScreen } from "./useOnScreen";

const PAGE_SIZE = 12;

/**
 * Products as the URL asks for them (search text, collection, facets, sort), with the facets to
 * narrow them down, and the next page fetched when the end of the list scrolls into view. The
 * SDK's cache joins the pages, so `edges` holds every page fetched so far.
 */
export function ProductResults() {
  const [params] = useSearchParams();
  const { query, collectionSlug, filter, sort } = readListParams(params);
  const { collection, loading: collectionLoading } = useCollection(collectionSlug);
  const variables = { query, filter: { ...filter, collectionId: collection?.id }, sort, first: PAGE_SIZE };
  const { data, error, fetchMore, networkStatus } = useQuery(SearchDocument, { variables, skip: collectionLoading });
  const search = data?.search;
  const fetchingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = search?.pageInfo.endCursor;
  // All the variables, not only `after`: a call that comes late, from the list before a filter
  // changed, then pages that list instead of adding its products to the new one.
  const key = JSON.stringify(variables);
  const loadMore = useCallback(() => void fetchMore({ variables: { ...JSON.parse(key), after: endCursor } }), [fetchMore, key, endCursor]);
  const endOfList = useOnScreen<HTMLDivElement>(loadMore, Boolean(search?.pageInfo.hasNextPage) && !fetchingMore);

  return (
    <div className="results">
      <aside>{search && <Facets facets={search.facets} />}</aside>
      <section>
        <RequestError error={error} />
        {search && (
          <div className="results-bar">
            <p data-testid="result-count">
              {search.totalCount} {search.totalCount === 1 ? "product" : "products"}
            </p>
            <SortSelect sort={sort} />
          </div>
        )}
        <ul className="product-grid">
          {search?.edges.map((edge) => <ProductCard key={edge.cursor} product={edge.node} />)}
        </ul>
        {fetchingMore && <p>Loading more…</p>}
        <div ref={endOfList} />
      </section>
    </div>
  );
}
