-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Permission" ADD VALUE 'JOBS_READ';
ALTER TYPE "Permission" ADD VALUE 'JOBS_WRITE';

-- AlterTable
ALTER TABLE "mail_message" ADD COLUMN     "html" TEXT,
ADD COLUMN     "message_id" TEXT;

-- CreateTable
CREATE TABLE "job_runner" (
    "id" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "host" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_runner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "job_runner_seen_at_idx" ON "job_runner"("seen_at");

-- CreateIndex
CREATE UNIQUE INDEX "mail_message_message_id_key" ON "mail_message"("message_id");
