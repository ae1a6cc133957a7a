/** `node(id:)` for identity types, through the predicates of their field rules (foreign reads as missing). */
import { isStaffViewer } from "../../access.js";
import type { NodeFetchers } from "../node/node.fetchers.js";
import { canSeeCustomer, canSeeStaff } from "./identity.visibility.js";

export const identityNodes: NodeFetchers = {
  Customer: async (ctx, id) => (canSeeCustomer(ctx.viewer, id) ? ctx.loaders.customerById.load(id) : null),
  Address: async (ctx, id) => {
    const address = await ctx.loaders.addressById.load(id);
    return address && canSeeCustomer(ctx.viewer, address.customerRowId) ? address : null;
  },
  Staff: async (ctx, id) => (canSeeStaff(ctx.viewer, id) ? ctx.loaders.staffById.load(id) : null),
  Role: async (ctx, id) => (isStaffViewer(ctx.viewer) ? ctx.loaders.roleById.load(id) : null),
};
