/**
 * Password hashing with argon2id. The parameters are written into every hash (PHC string), so they
 * can be raised later: a login with a hash made under older parameters re-hashes the password.
 */
import { randomBytes } from "node:crypto";
import { Algorithm, hash, hashSync, parseOptions, verify, type Options } from "@node-rs/argon2";
import { normalizePassword } from "./password-policy.js";

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (≈ 20-30 ms on one core). */
const PARAMETERS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } satisfies Options;

/**
 * Verified instead of a real hash when an account does not exist (or its hash is unusable), so
 * that "unknown email" costs the same time as "wrong password". Made once, at import.
 */
const DUMMY_HASH = hashSync(randomBytes(32).toString("base64"), PARAMETERS);

/** A new argon2id hash of `password` (NFKC-normalised first). */
export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), PARAMETERS);
}

/** Whether `password` matches `stored`; with no stored hash it still spends the time and says no. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const usable = stored?.startsWith("$argon2") ? stored : undefined;
  try {
    const matches = await verify(usable ?? DUMMY_HASH, normalizePassword(password));
    return matches && usable !== undefined;
  } catch {
    return false;
  }
}

/** Whether `stored` was made with other parameters than today's (then re-hash after a good login). */
export function needsRehash(stored: string): boolean {
  const used = parseOptions(stored);
  return (
    used.algorithm !== PARAMETERS.algorithm ||
    used.memoryCost !== PARAMETERS.memoryCost ||
    used.timeCost !== PARAMETERS.timeCost ||
    used.parallelism !== PARAMETERS.parallelism
  );
}
