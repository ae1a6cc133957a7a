-- CreateTable
CREATE TABLE "cost_bucket" (
    "key" TEXT NOT NULL,
    "level" DOUBLE PRECISION NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "updated_at" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "cost_bucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "cost_bucket_updated_at_idx" ON "cost_bucket"("updated_at");
