/**
 * `POST /images` (multipart upload, staff with CATALOG_WRITE) and `GET /images/<key>` (the bytes,
 * cacheable forever). Plain HTTP rather than GraphQL: uploads are binary and large.
 */
import { createHash } from "node:crypto";
import busboy from "busboy";
import express, { type Request, type RequestHandler, type Response } from "express";
import type { Db, Sql } from "../db/sql.js";
import { sizeProblem, sniffImage } from "../modules/catalog/images/image-format.js";
import { STORAGE_KEY, type Storage } from "../modules/catalog/images/storage.js";
import { catalogWrite } from "../modules/catalog/catalog.rules.js";
import { tokenFromHeaders } from "../modules/identity/session-token.js";
import { resolveViewer } from "../modules/identity/viewer.js";
import { toGlobalId } from "../shared/global-id.js";
import { uuidv7 } from "../shared/uuid.js";
import { checkSingleLine } from "../shared/text.js";
import { sendJsonError } from "./respond.js";

/** Largest accepted upload. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const MAX_ALT = 500;

class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The one file (and optional `alt` field) of a multipart body, refusing anything bigger than the limit. */
function readUpload(req: Request): Promise<{ bytes: Buffer; alt: string }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_IMAGE_BYTES, fields: 5, fieldSize: 4096, parts: 10 } });
    } catch {
      reject(new UploadError(415, "UNSUPPORTED_MEDIA_TYPE", "Send multipart/form-data with one file field"));
      return;
    }
    const chunks: Buffer[] = [];
    let alt = "";
    let sawFile = false;
    let failed: UploadError | undefined;
    parser.on("file", (_name, stream) => {
      sawFile = true;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => (failed ??= new UploadError(413, "PAYLOAD_TOO_LARGE", `Images may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`)));
    });
    parser.on("field", (name, value) => {
      if (name === "alt") alt = value;
    });
    parser.on("filesLimit", () => (failed ??= new UploadError(400, "BAD_REQUEST", "Send exactly one file")));
    parser.on("error", () => reject(new UploadError(400, "BAD_REQUEST", "Malformed multipart body")));
    parser.on("close", () => {
      if (failed) return reject(failed);
      if (!sawFile) return reject(new UploadError(400, "BAD_REQUEST", "Send exactly one file"));
      resolve({ bytes: Buffer.concat(chunks), alt });
    });
    req.pipe(parser);
  });
}

/** Who may upload: whoever the catalog's write rule allows. A cookie session must also send `x-requested-with`, which no cross-site form can. */
async function authorize(sql: Sql, req: Request): Promise<void> {
  const token = tokenFromHeaders(req.headers);
  if (token && !req.headers.authorization && req.headers["x-requested-with"] === undefined) {
    throw new UploadError(403, "FORBIDDEN", "Cookie-authenticated uploads must send an x-requested-with header");
  }
  const viewer = await resolveViewer(sql, token);
  const refusal = catalogWrite.refusal(viewer);
  if (refusal === "UNAUTHENTICATED") throw new UploadError(401, "UNAUTHENTICATED", "Sign in to do this");
  if (refusal === "FORBIDDEN") throw new UploadError(403, "FORBIDDEN", "Not allowed");
}

function upload(sql: Db, images: Storage): RequestHandler {
  return async (req, res, next) => {
    const requestId = res.locals.requestId as string;
    try {
      await authorize(sql, req);
      if (Number(req.headers["content-length"]) > MAX_IMAGE_BYTES + 64 * 1024) throw new UploadError(413, "PAYLOAD_TOO_LARGE", `Images may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
      const { bytes, alt } = await readUpload(req);
      const info = sniffImage(bytes);
      if (!info) throw new UploadError(415, "UNSUPPORTED_MEDIA_TYPE", "Only JPEG, PNG, WebP and GIF images are accepted");
      const tooLarge = sizeProblem(info);
      if (tooLarge) throw new UploadError(400, "BAD_USER_INPUT", tooLarge);
      const checkedAlt = alt.trim() === "" ? { value: "" } : checkSingleLine(alt, "alt", MAX_ALT);
      if ("problem" in checkedAlt) throw new UploadError(400, "BAD_USER_INPUT", checkedAlt.problem);
      const key = `${createHash("sha256").update(bytes).digest("hex")}.${info.extension}`;
      const id = uuidv7();
      // The row, then the bytes, in one transaction: when either fails, neither is left behind.
      await sql.transaction(async (tx) => {
        await tx.execute`
          INSERT INTO image (id, storage_key, content_type, byte_size, width, height, alt)
          VALUES (${id}::uuid, ${key}, ${info.contentType}, ${bytes.length}, ${info.width}, ${info.height}, ${checkedAlt.value})`;
        await images.put(key, bytes);
      });
      res.status(201).json({
        id: toGlobalId("Image", id),
        url: images.publicUrl(key),
        width: info.width,
        height: info.height,
        contentType: info.contentType,
        byteSize: bytes.length,
        alt: checkedAlt.value,
      });
    } catch (error) {
      if (!(error instanceof UploadError)) return next(error);
      // Drain what the client still sends, so it reads our answer rather than a reset connection.
      req.resume();
      res.setHeader("connection", "close");
      sendJsonError(res, error.status, error.code, error.message, requestId);
    }
  };
}

async function serve(images: Storage, req: Request, res: Response): Promise<void> {
  const key = String(req.params.key);
  const bytes = STORAGE_KEY.test(key) ? await images.get(key) : null;
  if (!bytes) {
    sendJsonError(res, 404, "NOT_FOUND", "Not found", res.locals.requestId as string);
    return;
  }
  const extension = key.slice(key.lastIndexOf(".") + 1);
  const etag = `"${key.slice(0, 32)}"`;
  // Keys are content hashes: the bytes behind a URL never change.
  res.setHeader("cache-control", "public, max-age=31536000, immutable");
  res.setHeader("etag", etag);
  // Storefronts on other origins embed these images; helmet's default would block that.
  res.setHeader("cross-origin-resource-policy", "cross-origin");
  if (req.headers["if-none-match"] === etag) {
    res.status(304).end();
    return;
  }
  res.type(extension === "jpg" ? "image/jpeg" : `image/${extension}`);
  res.setHeader("content-length", bytes.length);
  res.end(bytes);
}

/** The upload and serving routes over the server's image storage. */
export function imageRoutes(sql: Db, images: Storage): express.Router {
  const router = express.Router();
  router.post("/images", upload(sql, images));
  router.get("/images/:key", (req, res, next) => {
    serve(images, req, res).catch(next);
  });
  return router;
}
