/**
 * Rule primitives every module's rules are made of, each built on a predicate over the viewer
 * that node fetchers and routes outside GraphQL use too, so a rule is written once. Anonymous
 * callers get UNAUTHENTICATED, signed-in callers without the right get FORBIDDEN. Object rules
 * guard the fields of an object already fetched (defence in depth); services and `node(id:)`
 * fetchers check the same predicates before fetching, so a foreign object reads as missing
 * rather than as forbidden.
 */
import { rule } from "graphql-shield";
import type { IRule } from "graphql-shield";
import type { Context } from "./context.js";
import { codedError } from "./shared/errors.js";
import type { Permission } from "./modules/identity/permission.js";
import { holdsPermission, type Viewer } from "./modules/identity/viewer.js";

/** The error code a refused viewer gets: anonymous callers must sign in, others may not. */
export type Refusal = "UNAUTHENTICATED" | "FORBIDDEN";

function refusalOf(viewer: Viewer): Refusal {
  return viewer.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
}

/** The refusal of the viewer; an anonymous caller whose session token matched no live session is told so (`extensions.reason`). */
export function refuse(ctx: Context): Error {
  if (refusalOf(ctx.viewer) === "FORBIDDEN") return codedError("FORBIDDEN", "Not allowed");
  const ended = ctx.meta.session;
  return ended ? codedError("UNAUTHENTICATED", "Your session has ended; sign in again", { reason: ended }) : codedError("UNAUTHENTICATED", "Sign in to do this");
}

/** Any signed-in customer or staff member. */
export const isAuthenticated = rule({ cache: "contextual" })((_p, _a, ctx: Context) => ctx.viewer.kind !== "anonymous" || refuse(ctx));

/** A signed-in customer. */
export const isCustomer = rule({ cache: "contextual" })((_p, _a, ctx: Context) => ctx.viewer.kind === "customer" || refuse(ctx));

/** Whether the viewer is a staff member, whatever their permissions. */
export function isStaffViewer(viewer: Viewer): boolean {
  return viewer.kind === "staff";
}

/** A signed-in staff member, whatever their permissions. */
export const isStaff = rule({ cache: "contextual" })((_p, _a, ctx: Context) => isStaffViewer(ctx.viewer) || refuse(ctx));

/** A rule over the viewer alone, from the predicate that services use too (cached per request). */
export function viewerRule(name: string, allows: (viewer: Viewer) => boolean): IRule {
  return rule(name, { cache: "contextual" })((_p, _a, ctx: Context) => allows(ctx.viewer) || refuse(ctx));
}

/** One staff permission in both forms: the shield rule for fields, and its predicate for everything else. */
export interface PermissionCheck {
  readonly rule: IRule;
  /** Whether the viewer holds the permission. */
  allows(viewer: Viewer): boolean;
  /** Why the viewer is refused, or null when they hold the permission. */
  refusal(viewer: Viewer): Refusal | null;
}

const permissionChecks = new Map<Permission, PermissionCheck>();

/** The check of `permission` (one shared rule per permission, cached per request). */
export function permissionCheck(permission: Permission): PermissionCheck {
  let existing = permissionChecks.get(permission);
  if (!existing) {
    const allows = (viewer: Viewer) => holdsPermission(viewer, permission);
    existing = {
      rule: rule(`hasPermission:${permission}`, { cache: "contextual" })((_p, _a, ctx: Context) => allows(ctx.viewer) || refuse(ctx)),
      allows,
      refusal: (viewer) => (allows(viewer) ? null : refusalOf(viewer)),
    };
    permissionChecks.set(permission, existing);
  }
  return existing;
}

/** A staff member holding `permission`. */
export function hasPermission(permission: Permission): IRule {
  return permissionCheck(permission).rule;
}

/**
 * A rule on the objects of a type from a predicate over the viewer and the object (`parent`),
 * the same predicate its `node(id:)` fetcher uses. Evaluated per object, so never cached.
 */
export function objectRule<P>(name: string, allows: (viewer: Viewer, parent: P) => boolean): IRule {
  return rule(name, { cache: "no_cache" })((parent: P, _a, ctx: Context) => allows(ctx.viewer, parent) || refuse(ctx));
}
