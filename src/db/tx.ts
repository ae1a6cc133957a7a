/** The client handed to the callback of `db.$transaction(async (tx) => …)`. */
import type { Prisma } from "../generated/prisma/client.js";

export type Tx = Prisma.TransactionClient;
