/**
 * GraphQL types of variants and their stock level, the columns that make a Variant and how its
 * rows travel as JSON (VARIANT_ROW, json-rows.ts). A variant's global id is made when read.
 */
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { Connection } from "../../../shared/pagination.js";
import { Money, type ShopCurrency } from "../../../shared/money.js";
import { RowShape } from "../../../db/json-rows.js";
import { toGlobalId } from "../../../shared/global-id.js";
import type { ProductStatus } from "../products/product.types.js";

@ObjectType({ simpleResolvers: true, description: "Stock of a variant. `available` may be negative when backorders are allowed." })
export class StockLevel {
  @Field(() => Int, { description: "Units in the warehouse." })
  onHand: number;

  @Field(() => Int, { description: "Units promised to placed orders, not yet shipped." })
  allocated: number;

  @Field(() => Int, { description: "onHand − allocated." })
  available: number;
}

@ObjectType({ simpleResolvers: true, description: "The value a variant has for one of its product's options." })
export class SelectedOption {
  @Field({ description: "Option name, e.g. Size." })
  name: string;

  @Field({ description: "Value, e.g. M." })
  value: string;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A purchasable version of a product, with its own SKU, price and stock." })
export class Variant extends Node {
  /**
   * A Variant from its row. Every property is set here, in the constructor, so V8 lays them all out
   * in the object when it is made: set one by one after an empty constructor, most went to a separate
   * property store that was grown as they came. Reading a list page's 200 variants allocated about a
   * fifth less this way (sampled allocations of the catalog benchmark's S1).
   */
  constructor(row: VariantRow, currency: ShopCurrency) {
    super();
    this.rowId = row.id;
    this.productId = row.product_id;
    this.productStatus = row.product_status;
    this.sku = row.sku;
    this.position = row.position;
    this.priceMinor = row.price;
    this.compareAtPriceMinor = row.compare_at_price;
    this.weightGrams = row.weight_grams;
    this.trackInventory = row.track_inventory;
    this.allowBackorder = row.allow_backorder;
    this.stockOnHand = row.stock_on_hand;
    this.stockAllocated = row.stock_allocated;
    this.featuredImageId = row.featured_image_id;
    this.archivedAt = row.archived_at;
    this.version = row.version;
    this.createdAt = row.created_at;
    this.updatedAt = row.updated_at;
    this.price = currency.money(row.price);
    this.compareAtPrice = row.compare_at_price === null ? null : currency.money(row.compare_at_price);
    this.availableForSale = isAvailableForSale(this);
  }

  rowId: string;

  /**
   * The global id, made when read: lists of variants often do not ask for it (about 3 % of a list
   * page's CPU went to ids nobody read). An accessor where Node declares a property is sound here:
   * class fields are not defined on instances (`useDefineForClassFields: false`), so nothing hides it.
   */
  // @ts-expect-error TS2611: see above.
  get id(): string {
    return toGlobalId("Variant", this.rowId);
  }
  productId: string;
  productStatus: ProductStatus;

  @Field({ description: "Stock keeping unit, unique in the shop." })
  sku: string;

  @Field(() => Int, { description: "Order among the product's variants." })
  position: number;

  priceMinor: number;
  compareAtPriceMinor: number | null;

  // Computed once from the row: plain properties resolve without a resolver call per field.
  @Field(() => Money)
  price: Money;

  @Field(() => Money, { nullable: true, description: "The former or list price, shown struck through." })
  compareAtPrice: Money | null;

  @Field({ description: "Whether it can be bought now: its product is active, it is not archived, and stock allows." })
  availableForSale: boolean;

  @Field(() => Int, { nullable: true, description: "Shipping weight in grams." })
  weightGrams: number | null;

  @Field({ description: "Whether stock is counted; an untracked variant is always available." })
  trackInventory: boolean;

  @Field({ description: "Whether it may be sold beyond the stock on hand." })
  allowBackorder: boolean;

  stockOnHand: number;
  stockAllocated: number;
  featuredImageId: string | null;

  @Field(() => Date, { nullable: true, description: "When it stopped being sold; archived variants stay for order history." })
  archivedAt: Date | null;

  @Field(() => Int, { description: "Changes with every edit; pass it back to mutations to avoid overwriting someone else's change." })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

/** The columns of `variant v` that make a Variant: all but its product's status. */
export const VARIANT_OWN_COLUMNS =
  "v.id, v.product_id, v.sku, v.position, v.price, v.compare_at_price, v.weight_grams, v.track_inventory, v.allow_backorder, v.stock_on_hand, v.stock_allocated, v.featured_image_id, v.archived_at, v.version, v.created_at, v.updated_at";

/** The columns of `variant v` joined to `product p` that make a Variant. */
export const VARIANT_COLUMNS = `${VARIANT_OWN_COLUMNS}, p.status AS product_status`;

export interface VariantRow {
  id: string;
  product_id: string;
  sku: string;
  position: number;
  price: number;
  compare_at_price: number | null;
  weight_grams: number | null;
  track_inventory: boolean;
  allow_backorder: boolean;
  stock_on_hand: number;
  stock_allocated: number;
  featured_image_id: string | null;
  archived_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  product_status: ProductStatus;
}

/** The rows of VARIANT_COLUMNS as they travel in JSON (json-rows.ts). */
export const VARIANT_ROW = new RowShape<VariantRow>({
  id: "value",
  product_id: "value",
  sku: "value",
  position: "value",
  price: "int8",
  compare_at_price: "int8",
  weight_grams: "value",
  track_inventory: "value",
  allow_backorder: "value",
  stock_on_hand: "value",
  stock_allocated: "value",
  featured_image_id: "value",
  archived_at: "timestamp",
  version: "value",
  created_at: "timestamp",
  updated_at: "timestamp",
  product_status: "value",
});

/** Whether a variant can be bought now: its product is active, it is not archived, and stock allows. */
function isAvailableForSale(variant: Variant): boolean {
  if (variant.productStatus !== "ACTIVE" || variant.archivedAt !== null) return false;
  return !variant.trackInventory || variant.allowBackorder || variant.stockOnHand > variant.stockAllocated;
}

@ObjectType({ simpleResolvers: true, description: "A page of variants." })
export class VariantConnection extends Connection(Variant) {}
