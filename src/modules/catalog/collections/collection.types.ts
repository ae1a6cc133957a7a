/** GraphQL type of a collection (a node of the collection tree); the columns that make one and how its rows travel as JSON (json-rows.ts). */
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { Connection } from "../../../shared/pagination.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { RowShape } from "../../../db/json-rows.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A group of products in a tree of collections, e.g. Clothing › Shirts." })
export class Collection extends Node {
  rowId: string;
  parentId: string | null;

  @Field()
  title: string;

  @Field({ description: "Unique, URL-safe name." })
  slug: string;

  @Field()
  description: string;

  @Field(() => Int, { description: "Order among its siblings." })
  position: number;

  @Field(() => Int, { description: "Changes with every edit; pass it back to mutations to avoid overwriting someone else's change." })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

/** The columns of `collection c` that make a Collection. */
export const COLLECTION_COLUMNS = "c.id, c.parent_id, c.title, c.slug, c.description, c.position, c.version, c.created_at, c.updated_at";

export interface CollectionRow {
  id: string;
  parent_id: string | null;
  title: string;
  slug: string;
  description: string;
  position: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** The rows of COLLECTION_COLUMNS as they travel in JSON (json-rows.ts). */
export const COLLECTION_ROW = new RowShape<CollectionRow>({
  id: "value",
  parent_id: "value",
  title: "value",
  slug: "value",
  description: "value",
  position: "value",
  version: "value",
  created_at: "timestamp",
  updated_at: "timestamp",
});

/** A Collection from its row. */
export function toCollection(row: CollectionRow): Collection {
  const collection = new Collection();
  collection.id = toGlobalId("Collection", row.id);
  collection.rowId = row.id;
  collection.parentId = row.parent_id;
  collection.title = row.title;
  collection.slug = row.slug;
  collection.description = row.description;
  collection.position = row.position;
  collection.version = row.version;
  collection.createdAt = row.created_at;
  collection.updatedAt = row.updated_at;
  return collection;
}

@ObjectType({ simpleResolvers: true, description: "A page of collections." })
export class CollectionConnection extends Connection(Collection) {}
