/** Telling that the API ran a request as anonymous because its session token is dead (docs/api.md, "When a session ends"). */

/** The session token matched no live session: it expired or was ended, or never existed. */
export type SessionEnd = "SESSION_EXPIRED" | "SESSION_INVALID";

/** The session end an answer reports in `extensions.session`, if any. */
export function sessionEndOf(result: { extensions?: Record<string, unknown> | null }): SessionEnd | undefined {
  const reported = result.extensions?.session;
  return reported === "SESSION_EXPIRED" || reported === "SESSION_INVALID" ? reported : undefined;
}
