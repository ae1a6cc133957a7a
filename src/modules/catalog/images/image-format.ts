/**
 * Recognises JPEG, PNG, WebP and GIF by their bytes (never by file name or declared type) and
 * reads their pixel size from the headers.
 */

export interface ImageInfo {
  contentType: "image/jpeg" | "image/png" | "image/webp" | "image/gif";
  extension: "jpg" | "png" | "webp" | "gif";
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function png(bytes: Buffer): ImageInfo | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { contentType: "image/png", extension: "png", width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function gif(bytes: Buffer): ImageInfo | null {
  const signature = bytes.toString("latin1", 0, 6);
  if (bytes.length < 10 || (signature !== "GIF87a" && signature !== "GIF89a")) return null;
  return { contentType: "image/gif", extension: "gif", width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
}

function webp(bytes: Buffer): ImageInfo | null {
  if (bytes.length < 25 || bytes.toString("latin1", 0, 4) !== "RIFF" || bytes.toString("latin1", 8, 12) !== "WEBP") return null;
  const chunk = bytes.toString("latin1", 12, 16);
  const info = (width: number, height: number): ImageInfo => ({ contentType: "image/webp", extension: "webp", width, height });
  if (chunk === "VP8 ") {
    if (bytes.length < 30) return null;
    // Lossy: a key frame starts with the start code 9d 01 2a, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
    return info(bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
  }
  if (chunk === "VP8L") {
    // Lossless: signature 0x2f, then width − 1 and height − 1 in 14 bits each.
    if (bytes[20] !== 0x2f) return null;
    const bits = bytes.readUInt32LE(21);
    return info((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === "VP8X" && bytes.length >= 30) return info(bytes.readUIntLE(24, 3) + 1, bytes.readUIntLE(27, 3) + 1);
  return null;
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) do not.
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(bytes: Buffer): ImageInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (START_OF_FRAME.has(marker)) return { contentType: "image/jpeg", extension: "jpg", height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    if (marker === 0xda || marker === 0xd9) return null; // image data or end before any frame header
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return null;
}

/**
 * Largest width or height, and pixel count, of an accepted image. Headers may declare any size
 * (a PNG up to 2^32 − 1 pixels a side); nothing this large is a product photo, and anything that
 * later decodes it would need gigabytes.
 */
export const MAX_IMAGE_SIDE = 10_000;
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Why an image of this size is refused, or undefined when it is accepted. */
export function sizeProblem(info: ImageInfo): string | undefined {
  if (info.width > MAX_IMAGE_SIDE || info.height > MAX_IMAGE_SIDE) return `Images may be at most ${MAX_IMAGE_SIDE} pixels wide and high`;
  if (info.width * info.height > MAX_IMAGE_PIXELS) return `Images may have at most ${MAX_IMAGE_PIXELS / 1_000_000} million pixels`;
  return undefined;
}

/** What image `bytes` hold, or null when they are not a JPEG, PNG, WebP or GIF with a non-zero size. */
export function sniffImage(bytes: Buffer): ImageInfo | null {
  const info = png(bytes) ?? jpeg(bytes) ?? gif(bytes) ?? webp(bytes);
  return info && info.width > 0 && info.height > 0 ? info : null;
}
