/**
 * Rule primitives every module's rules are made of. Anonymous callers get UNAUTHENTICATED,
 * signed-in callers without the right get FORBIDDEN. Ownership rules guard the fields of an object
 * already fetched (defence in depth); services and `node(id:)` fetchers check ownership before
 * fetching, so a foreign object reads as missing rather than as forbidden.
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

/**
 * On an object type owned by a customer: the viewer is that customer (`customerIdOf(parent)`), or
 * staff holding `permission`. Evaluated per parent object, so never cached.
 */
export function customerOwnsOr<P>(name: string, customerIdOf: (parent: P) => string, permission: Permission): IRule {
  return rule(name, { cache: "no_cache" })((parent: P, _a, ctx: Context) => {
    if (ctx.viewer.kind === "anonymous") return unauthenticated();
    if (ctx.viewer.kind === "customer") return ctx.viewer.customerId === customerIdOf(parent) || forbidden();
    return ctx.viewer.permissions.has(permission) || forbidden();
  });
}

/** On a staff member's object: the viewer is that staff member, or staff holding `permission`. */
export function staffSelfOr<P>(name: string, staffIdOf: (parent: P) => string, permission: Permission): IRule {
  return rule(name, { cache: "no_cache" })((parent: P, _a, ctx: Context) => {
    if (ctx.viewer.kind === "anonymous") return unauthenticated();
    if (ctx.viewer.kind !== "staff") return forbidden();
    return ctx.viewer.staffId === staffIdOf(parent) || ctx.viewer.permissions.has(permission) || forbidden();
  });
}
