import { useSearchParams } from "react-router";
import { ProductResults } from "../products/ProductResults";

/** /search?q=…: full-text search with typo tolerance, with the same facets as the product list. */
export function SearchPage() {
  const [params] = useSearchParams();
  const query = params.get("q") ?? "";
  return (
    <>
      <h1>{query ? `Results for “${query}”` : "Search"}</h1>
      <ProductResults />
    </>
  );
}
