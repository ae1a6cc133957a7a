import { Link, useSearchParams } from "react-router";
import { ProductResults } from "./ProductResults";
import { useCollection } from "./useCollection";

/** /products, or one collection's products with ?collection=<slug>. */
export function ProductListPage() {
  const [params] = useSearchParams();
  const { collection } = useCollection(params.get("collection"));
  return (
    <>
      <h1>{collection?.title ?? "All products"}</h1>
      {collection && collection.children.length > 0 && (
        <nav className="subcollections">
          {collection.children.map((child) => (
            <Link key={child.id} to={`/products?collection=${child.slug}`}>
              {child.title}
            </Link>
          ))}
        </nav>
      )}
      <ProductResults />
    </>
  );
}
