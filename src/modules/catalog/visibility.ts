/** Who sees what of the catalog: customers and anonymous visitors see active products only. */
import type { Viewer } from "../identity/viewer.js";
import { Permission } from "../identity/permission.js";

/**
 * Staff who read or edit the catalog see every product and variant, drafts and archived ones
 * included; so do inventory staff, who receive stock for products before they go on sale.
 */
export function seesWholeCatalog(viewer: Viewer): boolean {
  if (viewer.kind !== "staff") return false;
  const { permissions } = viewer;
  return [Permission.CATALOG_READ, Permission.CATALOG_WRITE, Permission.INVENTORY_READ, Permission.INVENTORY_WRITE].some((p) => permissions.has(p));
}

/** SQL condition on product alias `p` for what `viewer` may see. */
export function visibleProductsSql(viewer: Viewer, alias = "p"): string {
  return seesWholeCatalog(viewer) ? "TRUE" : `${alias}.status = 'ACTIVE'`;
}

/** SQL condition on variant alias `v` (of a visible product) for what `viewer` may see. */
export function visibleVariantsSql(viewer: Viewer, alias = "v"): string {
  return seesWholeCatalog(viewer) ? "TRUE" : `${alias}.archived_at IS NULL`;
}
