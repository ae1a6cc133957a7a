/** Recognising expected database failures, so services can answer them as typed user errors. */
import pg from "pg";
import { Prisma } from "../generated/prisma/client.js";

/**
 * The unique index a write violated, if that is why it failed. Uniqueness is left to the
 * database (a check before the write would race with a concurrent writer).
 */
export function violatedUniqueIndex(error: unknown): string | null {
  if (error instanceof pg.DatabaseError) return error.code === "23505" ? (error.constraint ?? null) : null;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as { driverAdapterError?: { cause?: { constraint?: { index?: string } } } } | undefined;
  return meta?.driverAdapterError?.cause?.constraint?.index ?? null;
}
