-- The points a bucket's last debit took, read back by the statement that made it: an instance
-- that leases points from the bucket (src/shared/bucket-leases.ts) must know exactly how many it
-- holds. Instances running the statement without it leave the default.
-- AlterTable
ALTER TABLE "cost_bucket" ADD COLUMN     "taken" DOUBLE PRECISION NOT NULL DEFAULT 0;
