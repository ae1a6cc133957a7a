import type { ErrorLike } from "@apollo/client";

/** A typed error from a mutation result (any member of `UserError`): its message and code. */
export function UserErrorMessage({ error }: { error: { code: string; message: string } | null | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {error.message} <code>{error.code}</code>
    </p>
  );
}

/** A request that failed (network, or a GraphQL error): something went wrong, not the shopper's input. */
export function RequestError({ error }: { error: ErrorLike | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      Something went wrong: {error.message}
    </p>
  );
}
