import { useQuery } from "@apollo/client/react";
import { CollectionsDocument } from "@larder/sdk";
import { Link } from "react-router";
import { RequestError } from "../../components/Messages";

/** The collection tree: each top collection with the collections below it. */
export function HomePage() {
  const { data, error } = useQuery(CollectionsDocument);
  return (
    <>
      <h1>Shop by collection</h1>
      <RequestError error={error} />
      <ul className="collections">
        {data?.collections.nodes.map((collection) => (
          <li key={collection.id}>
            <h2>
              <Link to={`/products?collection=${collection.slug}`}>{collection.title}</Link>
            </h2>
            <ul>
              {collection.children.map((child) => (
                <li key={child.id}>
                  <Link to={`/products?collection=${child.slug}`}>{child.title}</Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
