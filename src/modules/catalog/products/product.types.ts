/** GraphQL types of products and their options; the columns that make a Product and how its rows travel as JSON (PRODUCT_ROW, json-rows.ts). */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ProductStatus } from "../../../generated/prisma/enums.js";
import { Node } from "../../node/node.types.js";
import { Connection } from "../../../shared/pagination.js";
import { Money, type ShopCurrency } from "../../../shared/money.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { RowShape } from "../../../db/json-rows.js";
import { ListCost } from "../../../shared/cost.js";
import type { Image } from "../images/image.types.js";

export { ProductStatus };
registerEnumType(ProductStatus, { name: "ProductStatus", description: "DRAFT and ARCHIVED products are visible to catalog staff only." });

@ObjectType({ simpleResolvers: true, description: "Lowest and highest price of a product's variants." })
export class PriceRange {
  @Field(() => Money)
  min: Money;

  @Field(() => Money)
  max: Money;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "Something the shop sells; customers buy one of its variants." })
export class Product extends Node {
  /** A Product from its row, its prices in the shop currency; every property set here, as Variant's are (see there). */
  constructor(row: ProductRow, currency: ShopCurrency) {
    super();
    this.id = toGlobalId("Product", row.id);
    this.rowId = row.id;
    this.title = row.title;
    this.slug = row.slug;
    this.description = row.description;
    this.status = row.status;
    this.version = row.version;
    this.createdAt = row.created_at;
    this.updatedAt = row.updated_at;
    this.priceMin = row.price_min;
    this.priceMax = row.price_max;
    this.featuredImageId = row.featured_image_id;
    this.featuredImageAlong = undefined;
    this.priceRange = row.price_min === null || row.price_max === null ? null : { min: currency.money(row.price_min), max: currency.money(row.price_max) };
  }

  /** The database id behind `id`. */
  rowId: string;

  @Field()
  title: string;

  @Field({ description: "Unique, URL-safe name: lower-case letters, digits and hyphens." })
  slug: string;

  @Field({ description: "Plain text." })
  description: string;

  @Field(() => ProductStatus)
  status: ProductStatus;

  @Field(() => Int, { description: "Changes with every edit; pass it back to mutations to avoid overwriting someone else's change." })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  priceMin: number | null;
  priceMax: number | null;
  featuredImageId: string | null;
  /** The featured image (null: none), when the statement that read this product read it along (a search page); else undefined. */
  featuredImageAlong: Image | null | undefined;

  @Field(() => PriceRange, { nullable: true, description: "Cheapest and dearest live variant; null without variants." })
  priceRange: PriceRange | null;
}

/** The columns of `product` (alias `p`) that make a Product. */
export const PRODUCT_COLUMNS =
  "p.id, p.title, p.slug, p.description, p.status, p.version, p.created_at, p.updated_at, p.price_min, p.price_max, p.featured_image_id";

export interface ProductRow {
  id: string;
  title: string;
  slug: string;
  description: string;
  status: ProductStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
  price_min: number | null;
  price_max: number | null;
  featured_image_id: string | null;
}

/** The rows of PRODUCT_COLUMNS as they travel in JSON (json-rows.ts). */
export const PRODUCT_ROW = new RowShape<ProductRow>({
  id: "value",
  title: "value",
  slug: "value",
  description: "value",
  status: "value",
  version: "value",
  created_at: "timestamp",
  updated_at: "timestamp",
  price_min: "int8",
  price_max: "int8",
  featured_image_id: "value",
});

@ObjectType({ simpleResolvers: true, description: "One value of a product option, e.g. M for Size." })
export class ProductOptionValue {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  position: number;
}

@ObjectType({ simpleResolvers: true, description: "A dimension a product varies in, e.g. Size, with its values in order." })
export class ProductOption {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  position: number;

  @ListCost(10)
  @Field(() => [ProductOptionValue])
  values: ProductOptionValue[];
}

@ObjectType({ simpleResolvers: true, description: "A page of products." })
export class ProductConnection extends Connection(Product) {}
