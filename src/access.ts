/**
 * Rule primitives every module's rules are made of. Anonymous callers get UNAUTHENTICATED,
 * signed-in callers without the right get FORBIDDEN. Ownership of a specific object is checked by
 * services (a foreign object reads as missing), since rules cannot see which object a field returns.
 */
import { rule } from "graphql-shield";
import type { IRule } from "graphql-shield";
import type { Context } from "./context.js";
import { codedError } from "./shared/errors.js";
import type { Permission } from "./modules/identity/permission.js";

const unauthenticated = () => codedError("UNAUTHENTICATED", "Sign in to do this");
const forbidden = () => codedError("FORBIDDEN", "Not allowed");

/** Any signed-in customer or staff member. */
export const isAuthenticated = rule({ cache: "contextual" })((_p, _a, ctx: Context) => ctx.viewer.kind !== "anonymous" || unauthenticated());

/** A signed-in customer. */
export const isCustomer = rule({ cache: "contextual" })((_p, _a, ctx: Context) => {
  if (ctx.viewer.kind === "anonymous") return unauthenticated();
  return ctx.viewer.kind === "customer" || forbidden();
});

/** A signed-in staff member, whatever their permissions. */
export const isStaff = rule({ cache: "contextual" })((_p, _a, ctx: Context) => {
  if (ctx.viewer.kind === "anonymous") return unauthenticated();
  return ctx.viewer.kind === "staff" || forbidden();
});

const permissionRules = new Map<Permission, IRule>();

/** A staff member holding `permission` (one shared rule per permission, cached per request). */
export function hasPermission(permission: Permission): IRule {
  let existing = permissionRules.get(permission);
  if (!existing) {
    existing = rule(`hasPermission:${permission}`, { cache: "contextual" })((_p, _a, ctx: Context) => {
      if (ctx.viewer.kind === "anonymous") return unauthenticated();
      return (ctx.viewer.kind === "staff" && ctx.viewer.permissions.has(permission)) || forbidden();
    });
    permissionRules.set(permission, existing);
  }
  return existing;
}

/** Whether the viewer is staff holding `permission`; for services that vary what they return. */
export function viewerHas(ctx: Context, permission: Permission): boolean {
  return ctx.viewer.kind === "staff" && ctx.viewer.permissions.has(permission);
}
