import { useQuery } from "@apollo/client/react";
import { CollectionsDocument } from "@larder/sdk";

/**
 * A collection of the tree by its slug (lists filter by collection id; URLs show the slug). The
 * tree is the home page's query, so it usually comes from the cache.
 */
export function useCollection(slug: string | null) {
  const { data, loading } = useQuery(CollectionsDocument, { skip: slug === null });
  const all = data?.collections.nodes.flatMap((top) => [top, ...top.children.map((child) => ({ ...child, children: [] }))]);
  const collection = all?.find((c) => c.slug === slug);
  return { collection, loading: slug !== null && loading };
}
