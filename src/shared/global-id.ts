/** Opaque global ids: base64url of `Type:uuid`, so clients never build or parse them. */
import { codedError } from "./errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The global id of row `id` of GraphQL type `type`. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/** Type and row id of a global id, or null when it is not one of ours. */
export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  if (globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  return /^[A-Z][A-Za-z]*$/.test(type) && UUID.test(id) ? { type, id } : null;
}

/** The row id behind a global id of `type`; anything else is BAD_USER_INPUT naming the argument. */
export function expectGlobalId(globalId: string, type: string, argument = "id"): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw codedError("BAD_USER_INPUT", `${argument} is not a valid ${type} id`, { argument });
  return parsed.id;
}
