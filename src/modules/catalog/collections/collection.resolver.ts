/** Collection queries and the relations of a Collection. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { codedError } from "../../../shared/errors.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { ConnectionArgs, pageWindow, toConnection, toPage } from "../../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../../shared/sql.js";
import { ProductConnection } from "../products/product.types.js";
import { isSlug } from "../validation.js";
import { Collection, COLLECTION_COLUMNS, CollectionConnection, toCollection, type CollectionRow } from "./collection.types.js";

const ROOT_ORDERING = "collection-root";

@Resolver(() => Collection)
export class CollectionResolver {
  @Query(() => CollectionConnection, { description: "The top of the collection tree, by position; walk down with `children`." })
  async collections(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<CollectionConnection> {
    const window = pageWindow(args, ROOT_ORDERING, ["int", "uuid"]);
    const params = new SqlParams();
    const keyset = keysetClauses(params, window, [{ sql: "c.position", cast: "int" }, { sql: "c.id", cast: "uuid" }], false);
    const sql = ctx.sql;
    const rows = await sql.query<CollectionRow>(
      `SELECT ${COLLECTION_COLUMNS} FROM collection c WHERE c.parent_id IS NULL ${keyset.where ? `AND ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
      params.values,
    );
    const page = toPage(rows, window, ROOT_ORDERING, (row) => [row.position, row.id]);
    const count = async () => (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM collection WHERE parent_id IS NULL"))[0]!.n;
    return toConnection(CollectionConnection, { ...page, nodes: page.nodes.map(toCollection) }, count);
  }

  @Query(() => Collection, { nullable: true, description: "One collection by id or by slug (give exactly one)." })
  collection(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("slug", () => String, { nullable: true }) slug: string | null,
    @Ctx() ctx: Context,
  ): Promise<Collection | null> {
    if ((id == null) === (slug == null)) throw codedError("BAD_USER_INPUT", "give either id or slug", { argument: "id" });
    if (id != null) return ctx.loaders.collectionById.load(expectGlobalId(id, "Collection"));
    return isSlug(slug!) ? ctx.loaders.collectionBySlug.load(slug!) : Promise.resolve(null);
  }

  @FieldResolver(() => Collection, { nullable: true, description: "The collection above it; null at the top." })
  parent(@Root() collection: Collection, @Ctx() ctx: Context): Promise<Collection | null> | null {
    return collection.parentId === null ? null : ctx.loaders.collectionById.load(collection.parentId);
  }

  @FieldResolver(() => [Collection], { description: "Collections directly below it, by position." })
  children(@Root() collection: Collection, @Ctx() ctx: Context): Promise<Collection[]> {
    return ctx.loaders.collectionChildren.load(collection.rowId);
  }

  @FieldResolver(() => ProductConnection, { description: "Its products in the collection's order; customers see active ones only." })
  async products(@Root() collection: Collection, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ProductConnection> {
    pageWindow(args, "collection-position", ["int", "uuid"]);
    const page = await ctx.loaders.collectionProductPages({ first: args.first, after: args.after, last: args.last, before: args.before }).load(collection.rowId);
    return toConnection(ProductConnection, page, () => ctx.loaders.collectionProductCount.load(collection.rowId));
  }
}
