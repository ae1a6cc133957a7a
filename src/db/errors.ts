/** Recognising expected database failures, so services can answer them as typed user errors. */
import { Prisma } from "../generated/prisma/client.js";

/** Whether `error` is a unique-constraint violation (e.g. an email or name already taken). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
