/** `node(id:)` for identity types, with the same visibility as everywhere else (foreign reads as missing). */
import { registerNodeType } from "../node/node.registry.js";
import { canSeeCustomer, canSeeStaff } from "./identity.visibility.js";

registerNodeType("Customer", async (ctx, id) => (canSeeCustomer(ctx, id) ? ctx.loaders.customerById.load(id) : null));

registerNodeType("Address", async (ctx, id) => {
  const address = await ctx.loaders.addressById.load(id);
  return address && canSeeCustomer(ctx, address.customerRowId) ? address : null;
});

registerNodeType("Staff", async (ctx, id) => (canSeeStaff(ctx, id) ? ctx.loaders.staffById.load(id) : null));

registerNodeType("Role", async (ctx, id) => (ctx.viewer.kind === "staff" ? ctx.loaders.roleById.load(id) : null));
