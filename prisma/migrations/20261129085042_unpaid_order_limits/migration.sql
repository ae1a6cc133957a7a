-- Orders awaiting payment are limited per customer account, order email and client address
-- (src/modules/checkout/unpaid-orders.ts): the address an order was placed from, and indexes that
-- count a buyer's PLACED orders.
-- AlterTable
ALTER TABLE "shop_order" ADD COLUMN     "client_address" TEXT;

-- CreateIndex
CREATE INDEX "shop_order_state_email_idx" ON "shop_order"("state", "email");

-- CreateIndex
CREATE INDEX "shop_order_state_client_address_idx" ON "shop_order"("state", "client_address");
