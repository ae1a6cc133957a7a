-- AlterTable
ALTER TABLE "cart" ADD COLUMN     "billing_address" JSONB;

-- AlterTable: orders placed before billing addresses existed were billed to where they shipped.
ALTER TABLE "shop_order" ADD COLUMN     "billing_address" JSONB;
UPDATE "shop_order" SET "billing_address" = "shipping_address";
ALTER TABLE "shop_order" ALTER COLUMN "billing_address" SET NOT NULL;

-- CreateTable
CREATE TABLE "order_status_token" (
    "token_hash" BYTEA NOT NULL,
    "order_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_status_token_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "order_status_token_order_id_idx" ON "order_status_token"("order_id");

-- AddForeignKey
ALTER TABLE "order_status_token" ADD CONSTRAINT "order_status_token_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
