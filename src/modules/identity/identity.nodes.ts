/** `node(id:)` for identity types, with the same visibility as everywhere else (foreign reads as missing). */
import type { NodeFetchers } from "../node/node.fetchers.js";
import { canSeeCustomer, canSeeStaff } from "./identity.visibility.js";

export const identityNodes: NodeFetchers = {
  Customer: async (ctx, id) => (canSeeCustomer(ctx, id) ? ctx.loaders.customerById.load(id) : null),
  Address: async (ctx, id) => {
    const address = await ctx.loaders.addressById.load(id);
    return address && canSeeCustomer(ctx, address.customerRowId) ? address : null;
  },
  Staff: async (ctx, id) => (canSeeStaff(ctx, id) ? ctx.loaders.staffById.load(id) : null),
  Role: async (ctx, id) => (ctx.viewer.kind === "staff" ? ctx.loaders.roleById.load(id) : null),
};
