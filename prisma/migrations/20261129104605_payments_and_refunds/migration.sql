-- CreateEnum
CREATE TYPE "PaymentState" AS ENUM ('PENDING', 'REQUIRES_ACTION', 'AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'FAILED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OrderState" ADD VALUE 'PARTIALLY_REFUNDED';
ALTER TYPE "OrderState" ADD VALUE 'REFUNDED';

-- AlterEnum
ALTER TYPE "StockMovementReason" ADD VALUE 'ORDER_REFUNDED';

-- AlterTable
ALTER TABLE "order_line" ADD COLUMN     "refunded_quantity" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "shop_order" ADD COLUMN     "shipping_refunded" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "order_id" UUID,
    "cart_id" UUID,
    "provider" TEXT NOT NULL,
    "reference" TEXT,
    "currency" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "amount_captured" BIGINT NOT NULL DEFAULT 0,
    "amount_refunded" BIGINT NOT NULL DEFAULT 0,
    "state" "PaymentState" NOT NULL,
    "capture_on" TEXT NOT NULL,
    "client_secret" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_attempt" (
    "id" UUID NOT NULL,
    "payment_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "payment_id" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "shipping" BIGINT NOT NULL DEFAULT 0,
    "reason" TEXT NOT NULL DEFAULT '',
    "restock" BOOLEAN NOT NULL,
    "provider_reference" TEXT,
    "staff_id" UUID,
    "customer_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund_line" (
    "refund_id" UUID NOT NULL,
    "order_line_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "refund_line_pkey" PRIMARY KEY ("refund_id","order_line_id")
);

-- CreateTable
CREATE TABLE "provider_notification" (
    "provider" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provider_notification_pkey" PRIMARY KEY ("provider","event_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_order_id_key" ON "payment"("order_id");

-- CreateIndex
CREATE INDEX "payment_cart_id_created_at_idx" ON "payment"("cart_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "payment_provider_reference_key" ON "payment"("provider", "reference");

-- CreateIndex
CREATE INDEX "payment_attempt_payment_id_created_at_idx" ON "payment_attempt"("payment_id", "created_at");

-- CreateIndex
CREATE INDEX "refund_order_id_created_at_idx" ON "refund"("order_id", "created_at");

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_attempt" ADD CONSTRAINT "payment_attempt_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund" ADD CONSTRAINT "refund_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund" ADD CONSTRAINT "refund_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund_line" ADD CONSTRAINT "refund_line_refund_id_fkey" FOREIGN KEY ("refund_id") REFERENCES "refund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund_line" ADD CONSTRAINT "refund_line_order_line_id_fkey" FOREIGN KEY ("order_line_id") REFERENCES "order_line"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Constraints Prisma cannot express: what was refunded never exceeds what was captured, nor
-- what was captured the amount; refunded units and shipping never exceed what was ordered.
ALTER TABLE "payment" ADD CONSTRAINT "payment_amounts" CHECK (
  "amount" >= 0 AND "amount_captured" >= 0 AND "amount_refunded" >= 0 AND "amount_captured" <= "amount" AND "amount_refunded" <= "amount_captured");
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_refunded_quantity" CHECK ("refunded_quantity" BETWEEN 0 AND "quantity");
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_shipping_refunded" CHECK ("shipping_refunded" BETWEEN 0 AND "shipping");
ALTER TABLE "refund" ADD CONSTRAINT "refund_amount" CHECK ("amount" > 0 AND "shipping" >= 0 AND "shipping" <= "amount");
ALTER TABLE "refund_line" ADD CONSTRAINT "refund_line_quantity" CHECK ("quantity" > 0 AND "amount" >= 0);

-- The order state machine (src/modules/orders/order-state.ts) with refunds, and capture on
-- shipment (authorised → shipped). A further partial refund keeps the state, so no row changes it.
CREATE OR REPLACE FUNCTION "shop_order_transition_allowed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT ((OLD."state"::text, NEW."state"::text) IN (
      ('PLACED', 'PAYMENT_AUTHORIZED'), ('PLACED', 'PAYMENT_SETTLED'), ('PLACED', 'CANCELLED'),
      ('PAYMENT_AUTHORIZED', 'PAYMENT_SETTLED'), ('PAYMENT_AUTHORIZED', 'SHIPPED'), ('PAYMENT_AUTHORIZED', 'CANCELLED'),
      ('PAYMENT_SETTLED', 'SHIPPED'), ('PAYMENT_SETTLED', 'CANCELLED'), ('PAYMENT_SETTLED', 'PARTIALLY_REFUNDED'), ('PAYMENT_SETTLED', 'REFUNDED'),
      ('SHIPPED', 'DELIVERED'), ('SHIPPED', 'PARTIALLY_REFUNDED'), ('SHIPPED', 'REFUNDED'),
      ('DELIVERED', 'PARTIALLY_REFUNDED'), ('DELIVERED', 'REFUNDED'),
      ('PARTIALLY_REFUNDED', 'REFUNDED'), ('PARTIALLY_REFUNDED', 'SHIPPED'), ('PARTIALLY_REFUNDED', 'DELIVERED'))) THEN
    RAISE EXCEPTION 'order % cannot go from % to %', OLD."code", OLD."state", NEW."state" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
