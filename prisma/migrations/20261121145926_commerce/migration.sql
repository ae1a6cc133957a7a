-- CreateEnum
CREATE TYPE "StockMovementKind" AS ENUM ('ADJUSTMENT', 'ALLOCATION', 'RELEASE', 'SALE', 'RETURN');

-- CreateEnum
CREATE TYPE "StockMovementReason" AS ENUM ('RECEIVED', 'COUNT', 'DAMAGED', 'LOST', 'RETURNED', 'CORRECTION', 'INITIAL', 'ORDER_PLACED', 'ORDER_CANCELLED', 'ORDER_EXPIRED', 'ORDER_SHIPPED');

-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING');

-- CreateEnum
CREATE TYPE "OrderState" AS ENUM ('PLACED', 'PAYMENT_AUTHORIZED', 'PAYMENT_SETTLED', 'SHIPPED', 'DELIVERED', 'CANCELLED');

-- CreateTable
CREATE TABLE "stock_movement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "variant_id" UUID NOT NULL,
    "kind" "StockMovementKind" NOT NULL,
    "reason" "StockMovementReason" NOT NULL,
    "on_hand_delta" INTEGER NOT NULL,
    "allocated_delta" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "staff_id" UUID,
    "customer_id" UUID,
    "order_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_movement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart" (
    "id" UUID NOT NULL,
    "customer_id" UUID,
    "token_hash" BYTEA,
    "email" TEXT,
    "shipping_address" JSONB,
    "shipping_method_code" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_line" (
    "id" UUID NOT NULL,
    "cart_id" UUID NOT NULL,
    "variant_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cart_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_coupon" (
    "cart_id" UUID NOT NULL,
    "coupon_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cart_coupon_pkey" PRIMARY KEY ("cart_id","coupon_id")
);

-- CreateTable
CREATE TABLE "coupon" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "CouponKind" NOT NULL,
    "percent_bps" INTEGER,
    "amount" INTEGER,
    "min_subtotal" INTEGER NOT NULL DEFAULT 0,
    "starts_at" TIMESTAMP(3),
    "ends_at" TIMESTAMP(3),
    "usage_limit" INTEGER,
    "usage_limit_per_customer" INTEGER,
    "times_used" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupon_use" (
    "coupon_id" UUID NOT NULL,
    "customer_key" TEXT NOT NULL,
    "uses" INTEGER NOT NULL,

    CONSTRAINT "coupon_use_pkey" PRIMARY KEY ("coupon_id","customer_key")
);

-- CreateTable
CREATE TABLE "shop_order" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "cart_id" UUID NOT NULL,
    "customer_id" UUID,
    "email" TEXT NOT NULL,
    "state" "OrderState" NOT NULL DEFAULT 'PLACED',
    "currency" TEXT NOT NULL,
    "prices_include_tax" BOOLEAN NOT NULL,
    "tax_rate_bps" INTEGER NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL,
    "shipping" INTEGER NOT NULL,
    "tax" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "shipping_address" JSONB NOT NULL,
    "shipping_method_code" TEXT NOT NULL,
    "shipping_method_name" TEXT NOT NULL,
    "payment_method" TEXT NOT NULL,
    "payment_reference" TEXT,
    "tracking_code" TEXT,
    "expires_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shop_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_line" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "variant_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    "product_title" TEXT NOT NULL,
    "variant_title" TEXT NOT NULL,
    "unit_price" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "allocated" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL,
    "tax" INTEGER NOT NULL,

    CONSTRAINT "order_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_transition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "order_id" UUID NOT NULL,
    "from_state" "OrderState",
    "to_state" "OrderState" NOT NULL,
    "staff_id" UUID,
    "customer_id" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_coupon" (
    "order_id" UUID NOT NULL,
    "coupon_id" UUID NOT NULL,
    "code" TEXT NOT NULL,

    CONSTRAINT "order_coupon_pkey" PRIMARY KEY ("order_id","coupon_id")
);

-- CreateIndex
CREATE INDEX "stock_movement_variant_id_created_at_id_idx" ON "stock_movement"("variant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "stock_movement_order_id_idx" ON "stock_movement"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "cart_customer_id_key" ON "cart"("customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "cart_token_hash_key" ON "cart"("token_hash");

-- CreateIndex
CREATE INDEX "cart_updated_at_idx" ON "cart"("updated_at");

-- CreateIndex
CREATE INDEX "cart_line_variant_id_idx" ON "cart_line"("variant_id");

-- CreateIndex
CREATE UNIQUE INDEX "cart_line_cart_id_variant_id_key" ON "cart_line"("cart_id", "variant_id");

-- CreateIndex
CREATE INDEX "cart_coupon_coupon_id_idx" ON "cart_coupon"("coupon_id");

-- CreateIndex
CREATE UNIQUE INDEX "coupon_code_key" ON "coupon"("code");

-- CreateIndex
CREATE INDEX "coupon_created_at_id_idx" ON "coupon"("created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "shop_order_code_key" ON "shop_order"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shop_order_cart_id_key" ON "shop_order"("cart_id");

-- CreateIndex
CREATE INDEX "shop_order_customer_id_created_at_id_idx" ON "shop_order"("customer_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "shop_order_created_at_id_idx" ON "shop_order"("created_at", "id");

-- CreateIndex
CREATE INDEX "shop_order_state_expires_at_idx" ON "shop_order"("state", "expires_at");

-- CreateIndex
CREATE INDEX "shop_order_email_trgm_idx" ON "shop_order" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "order_line_variant_id_idx" ON "order_line"("variant_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_line_order_id_position_key" ON "order_line"("order_id", "position");

-- CreateIndex
CREATE INDEX "order_transition_order_id_created_at_idx" ON "order_transition"("order_id", "created_at");

-- CreateIndex
CREATE INDEX "order_coupon_coupon_id_idx" ON "order_coupon"("coupon_id");

-- AddForeignKey
ALTER TABLE "stock_movement" ADD CONSTRAINT "stock_movement_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "variant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_movement" ADD CONSTRAINT "stock_movement_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_movement" ADD CONSTRAINT "stock_movement_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart" ADD CONSTRAINT "cart_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_line" ADD CONSTRAINT "cart_line_cart_id_fkey" FOREIGN KEY ("cart_id") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_line" ADD CONSTRAINT "cart_line_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "variant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_coupon" ADD CONSTRAINT "cart_coupon_cart_id_fkey" FOREIGN KEY ("cart_id") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_coupon" ADD CONSTRAINT "cart_coupon_coupon_id_fkey" FOREIGN KEY ("coupon_id") REFERENCES "coupon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupon_use" ADD CONSTRAINT "coupon_use_coupon_id_fkey" FOREIGN KEY ("coupon_id") REFERENCES "coupon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "variant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_transition" ADD CONSTRAINT "order_transition_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_transition" ADD CONSTRAINT "order_transition_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_coupon" ADD CONSTRAINT "order_coupon_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_coupon" ADD CONSTRAINT "order_coupon_coupon_id_fkey" FOREIGN KEY ("coupon_id") REFERENCES "coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Constraints Prisma cannot express: impossible states are unrepresentable.

-- Ledger rows: each kind moves only the columns it may move, in its direction.
ALTER TABLE "stock_movement" ADD CONSTRAINT "stock_movement_kind_deltas" CHECK (
  CASE "kind"
    WHEN 'ADJUSTMENT' THEN "allocated_delta" = 0 AND "on_hand_delta" <> 0
    WHEN 'RETURN' THEN "allocated_delta" = 0 AND "on_hand_delta" > 0
    WHEN 'ALLOCATION' THEN "on_hand_delta" = 0 AND "allocated_delta" > 0 AND "order_id" IS NOT NULL
    WHEN 'RELEASE' THEN "on_hand_delta" = 0 AND "allocated_delta" < 0 AND "order_id" IS NOT NULL
    WHEN 'SALE' THEN "on_hand_delta" < 0 AND "allocated_delta" = "on_hand_delta" AND "order_id" IS NOT NULL
  END);
ALTER TABLE "stock_movement" ADD CONSTRAINT "stock_movement_one_actor" CHECK ("staff_id" IS NULL OR "customer_id" IS NULL);

-- The ledger is append-only.
CREATE FUNCTION "stock_movement_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stock_movement is append-only' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER "stock_movement_append_only" BEFORE UPDATE OR DELETE ON "stock_movement"
  FOR EACH ROW EXECUTE FUNCTION "stock_movement_append_only"();

-- Stock a variant is created with (by staff or the seed, through any code path) enters the ledger,
-- so the ledger sums equal the stock columns for every variant.
CREATE FUNCTION "variant_initial_stock"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "stock_movement" ("variant_id", "kind", "reason", "on_hand_delta", "allocated_delta")
  SELECT "id", 'ADJUSTMENT', 'INITIAL', "stock_on_hand", 0 FROM "inserted" WHERE "stock_on_hand" <> 0;
  RETURN NULL;
END $$;
CREATE TRIGGER "variant_initial_stock" AFTER INSERT ON "variant" REFERENCING NEW TABLE AS "inserted"
  FOR EACH STATEMENT EXECUTE FUNCTION "variant_initial_stock"();
INSERT INTO "stock_movement" ("variant_id", "kind", "reason", "on_hand_delta", "allocated_delta")
  SELECT "id", 'ADJUSTMENT', 'INITIAL', "stock_on_hand", 0 FROM "variant" WHERE "stock_on_hand" <> 0;

-- A cart belongs to exactly one of a customer and a guest token.
ALTER TABLE "cart" ADD CONSTRAINT "cart_one_owner" CHECK (("customer_id" IS NULL) <> ("token_hash" IS NULL));
ALTER TABLE "cart_line" ADD CONSTRAINT "cart_line_quantity" CHECK ("quantity" BETWEEN 1 AND 999);

ALTER TABLE "coupon" ADD CONSTRAINT "coupon_value" CHECK (
  CASE "kind"
    WHEN 'PERCENTAGE' THEN "percent_bps" BETWEEN 1 AND 10000 AND "amount" IS NULL
    WHEN 'FIXED_AMOUNT' THEN "amount" > 0 AND "percent_bps" IS NULL
    WHEN 'FREE_SHIPPING' THEN "amount" IS NULL AND "percent_bps" IS NULL
  END);
ALTER TABLE "coupon" ADD CONSTRAINT "coupon_limits" CHECK (
  "min_subtotal" >= 0 AND "times_used" >= 0
  AND ("usage_limit" IS NULL OR ("usage_limit" > 0 AND "times_used" <= "usage_limit"))
  AND ("usage_limit_per_customer" IS NULL OR "usage_limit_per_customer" > 0)
  AND ("starts_at" IS NULL OR "ends_at" IS NULL OR "starts_at" < "ends_at"));
ALTER TABLE "coupon" ADD CONSTRAINT "coupon_code_upper" CHECK ("code" = upper("code") AND "code" <> '');
ALTER TABLE "coupon_use" ADD CONSTRAINT "coupon_use_non_negative" CHECK ("uses" >= 0);

ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_amounts" CHECK (
  "subtotal" >= 0 AND "discount" >= 0 AND "discount" <= "subtotal" AND "shipping" >= 0 AND "tax" >= 0 AND "tax_rate_bps" >= 0
  AND "total" = "subtotal" - "discount" + "shipping" + CASE WHEN "prices_include_tax" THEN 0 ELSE "tax" END);
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_shipped_tracked" CHECK ("state" NOT IN ('SHIPPED', 'DELIVERED') OR "tracking_code" IS NOT NULL);
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_amounts" CHECK (
  "quantity" BETWEEN 1 AND 999 AND "allocated" BETWEEN 0 AND "quantity" AND "unit_price" >= 0
  AND "amount" = "unit_price" * "quantity" AND "discount" BETWEEN 0 AND "amount" AND "tax" >= 0);

-- The order state machine (orders/order-state.ts), enforced here too: no code path can skip it.
CREATE FUNCTION "shop_order_transition_allowed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT ((OLD."state", NEW."state") IN (
      ('PLACED', 'PAYMENT_AUTHORIZED'), ('PLACED', 'PAYMENT_SETTLED'), ('PLACED', 'CANCELLED'),
      ('PAYMENT_AUTHORIZED', 'PAYMENT_SETTLED'), ('PAYMENT_AUTHORIZED', 'CANCELLED'),
      ('PAYMENT_SETTLED', 'SHIPPED'), ('PAYMENT_SETTLED', 'CANCELLED'),
      ('SHIPPED', 'DELIVERED'))) THEN
    RAISE EXCEPTION 'order % cannot go from % to %', OLD."code", OLD."state", NEW."state" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "shop_order_transition_allowed" BEFORE UPDATE OF "state" ON "shop_order"
  FOR EACH ROW WHEN (OLD."state" IS DISTINCT FROM NEW."state") EXECUTE FUNCTION "shop_order_transition_allowed"();
