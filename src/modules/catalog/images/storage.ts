/**
 * Where image bytes live. Keys are content hashes plus an extension, so the bytes behind a key
 * never change: that is what makes the long cache lifetime of served images safe.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";

/** A place to keep image bytes; S3-compatible storage can implement the same three calls. */
export interface Storage {
  /** Stores `bytes` under `key`; storing the same key again is harmless. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or null. */
  get(key: string): Promise<Buffer | null>;
  /** The URL clients fetch the bytes from. */
  publicUrl(key: string): string;
}

/** Storage keys: 64 hex digits and an image extension. */
export const STORAGE_KEY = /^[0-9a-f]{64}\.(?:jpg|png|webp|gif)$/;

/** Files in a folder, served by the server itself at `<base>/images/<key>`. */
class LocalDiskStorage implements Storage {
  constructor(
    private readonly folder: string,
    /** The server's public URL, or "" for URLs relative to the server. */
    private readonly base: string,
  ) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    if (!STORAGE_KEY.test(key)) throw new Error(`invalid storage key ${key}`);
    await mkdir(this.folder, { recursive: true });
    // Write then rename: a reader never sees half a file.
    const temporary = path.join(this.folder, `.${key}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, path.join(this.folder, key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    if (!STORAGE_KEY.test(key)) return null;
    try {
      return await readFile(path.join(this.folder, key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  publicUrl(key: string): string {
    return `${this.base}/images/${key}`;
  }
}

/**
 * The default storage of a data folder: `<dataDir>/images`, shared by the server and the seeder.
 * With `publicUrl` (PUBLIC_URL) image URLs are absolute, otherwise relative to the server.
 */
export function dataDirImageStorage(dataDir: string, publicUrl = ""): Storage {
  return new LocalDiskStorage(path.join(dataDir, "images"), publicUrl);
}
