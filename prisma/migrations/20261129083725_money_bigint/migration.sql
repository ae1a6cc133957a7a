-- Every amount of money is a bigint: a variant price may be up to 10^10 minor units
-- (src/shared/currency.ts), and 999 units of it overflowed the order total's integer column.
-- AlterTable
ALTER TABLE "coupon" ALTER COLUMN "amount" SET DATA TYPE BIGINT,
ALTER COLUMN "min_subtotal" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "order_line" ALTER COLUMN "unit_price" SET DATA TYPE BIGINT,
ALTER COLUMN "amount" SET DATA TYPE BIGINT,
ALTER COLUMN "discount" SET DATA TYPE BIGINT,
ALTER COLUMN "tax" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "product" ALTER COLUMN "price_min" SET DATA TYPE BIGINT,
ALTER COLUMN "price_max" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "shop_order" ALTER COLUMN "subtotal" SET DATA TYPE BIGINT,
ALTER COLUMN "discount" SET DATA TYPE BIGINT,
ALTER COLUMN "shipping" SET DATA TYPE BIGINT,
ALTER COLUMN "tax" SET DATA TYPE BIGINT,
ALTER COLUMN "total" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "variant" ALTER COLUMN "price" SET DATA TYPE BIGINT,
ALTER COLUMN "compare_at_price" SET DATA TYPE BIGINT;
