/** Image upload and serving over HTTP, format sniffing, and attaching images to products and variants. */
import { randomInt } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { SESSION_COOKIE } from "../../src/modules/identity/session-token.js";
import { sizeProblem, sniffImage } from "../../src/modules/catalog/images/image-format.js";
import { encodePng } from "../../src/modules/catalog/seed/png.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const u16le = (n: number) => [n & 0xff, n >> 8];
const u24le = (n: number) => [n & 0xff, (n >> 8) & 0xff, n >> 16];

const SAMPLES = {
  png: encodePng(3, 2, () => [200, 10, 10]),
  gif: Buffer.from([...Buffer.from("GIF89a"), ...u16le(5), ...u16le(7), 0, 0, 0, 0x3b]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...Buffer.from("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0, 0, 17, 8, 0, 40, 0, 30, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]),
  webpLossy: Buffer.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBPVP8 "), 10, 0, 0, 0, 0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(64), ...u16le(48), 0, 0]),
  webpLossless: Buffer.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBPVP8L"), 5, 0, 0, 0, 0x2f, 0x3f, 0xc0, 0x07, 0x00, 0, 0, 0, 0]),
  webpExtended: Buffer.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBPVP8X"), 10, 0, 0, 0, 0, 0, 0, 0, ...u24le(1023), ...u24le(767), 0, 0]),
};

/** Headers declaring a size, without the pixels: what an upload claims is all that is read. */
const DECLARING = {
  png: (width: number, height: number) => {
    const bytes = Buffer.from(SAMPLES.png);
    bytes.writeUInt32BE(width, 16);
    bytes.writeUInt32BE(height, 20);
    return bytes;
  },
  jpeg: (width: number, height: number) =>
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...Buffer.from("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0, 0, 17, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]),
  gif: (width: number, height: number) => Buffer.from([...Buffer.from("GIF89a"), ...u16le(width), ...u16le(height), 0, 0, 0, 0x3b]),
  webp: (width: number, height: number) => Buffer.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBPVP8X"), 10, 0, 0, 0, 0, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1), 0, 0]),
};

describe("sniffImage", () => {
  it("recognises each format by its bytes and reads its size", () => {
    expect(sniffImage(SAMPLES.png)).toEqual({ contentType: "image/png", extension: "png", width: 3, height: 2 });
    expect(sniffImage(SAMPLES.gif)).toEqual({ contentType: "image/gif", extension: "gif", width: 5, height: 7 });
    expect(sniffImage(SAMPLES.jpeg)).toEqual({ contentType: "image/jpeg", extension: "jpg", width: 30, height: 40 });
    expect(sniffImage(SAMPLES.webpLossy)).toMatchObject({ contentType: "image/webp", width: 64, height: 48 });
    expect(sniffImage(SAMPLES.webpLossless)).toMatchObject({ width: 64, height: 32 });
    expect(sniffImage(SAMPLES.webpExtended)).toMatchObject({ width: 1024, height: 768 });
  });

  it("reads each format's largest declared size exactly, and says which sizes are too large", () => {
    expect(sniffImage(DECLARING.png(4_294_967_295, 4_294_967_295))).toMatchObject({ width: 4_294_967_295, height: 4_294_967_295 });
    expect(sniffImage(DECLARING.jpeg(65_535, 65_535))).toMatchObject({ width: 65_535, height: 65_535 });
    expect(sniffImage(DECLARING.gif(65_535, 65_535))).toMatchObject({ width: 65_535, height: 65_535 });
    expect(sniffImage(DECLARING.webp(16_777_216, 16_777_216))).toMatchObject({ width: 16_777_216, height: 16_777_216 });
    const size = (width: number, height: number) => sizeProblem({ contentType: "image/png", extension: "png", width, height });
    expect(size(10_000, 5_000)).toBeUndefined();
    expect(size(10_001, 1)).toBe("Images may be at most 10000 pixels wide and high");
    expect(size(1, 10_001)).toBe("Images may be at most 10000 pixels wide and high");
    expect(size(10_000, 5_001)).toBe("Images may have at most 50 million pixels");
  });

  it("rejects everything else, including truncated and zero-sized images", () => {
    for (const bytes of [
      Buffer.from("hello, I am a text file"),
      Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"),
      SAMPLES.png.subarray(0, 20),
      SAMPLES.jpeg.subarray(0, 12),
      Buffer.from([...Buffer.from("GIF89a"), 0, 0, 5, 0, 0, 0]),
      Buffer.alloc(0),
      Buffer.from("%PDF-1.7"),
    ]) {
      expect(sniffImage(bytes)).toBeNull();
    }
  });
});

const AttachProductImages = graphql(`
  mutation AttachProductImages($input: SetProductImagesInput!) {
    setProductImages(input: $input) {
      __typename
      ... on ProductUpdated {
        product {
          version
          images {
            id
            width
          }
          featuredImage {
            id
          }
        }
      }
      ... on UserError {
        message
        path
      }
    }
  }
`);

const AttachVariantImages = graphql(`
  mutation AttachVariantImages($input: SetVariantImagesInput!) {
    setVariantImages(input: $input) {
      __typename
      ... on VariantUpdated {
        variant {
          version
          images {
            id
          }
          featuredImage {
            id
          }
        }
      }
    }
  }
`);

const MakeProduct = graphql(`
  mutation MakeImageProduct {
    createProduct(input: { title: "Pictured", status: ACTIVE }) {
      ... on ProductCreated {
        product {
          id
        }
      }
    }
    createVariant: createProduct(input: { title: "Pictured Variant Holder", status: ACTIVE }) {
      ... on ProductCreated {
        product {
          id
        }
      }
    }
  }
`);

const AddVariant = graphql(`
  mutation AddImageVariant($productId: ID!) {
    createVariant(input: { productId: $productId, sku: "PIC-1", price: "1.00" }) {
      ... on VariantCreated {
        variant {
          id
        }
      }
    }
  }
`);

let server: TestServer;
let writer: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  writer = { authorization: (await staffHeaders(server, [Permission.CATALOG_WRITE])).authorization };
});
afterAll(async () => {
  await server.stop();
});

function upload(bytes: Buffer, headers: Record<string, string> = writer, fields: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([bytes]), "picture.bin");
  return fetch(`${server.origin}/images`, { method: "POST", body: form, headers });
}

/** What uploads have left behind: image rows, and every file in the server's image folder. */
async function stored(): Promise<{ rows: number; files: string[] }> {
  const [row] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM image");
  const folder = path.join(server.config.dataDir, "images");
  return { rows: row!.n, files: existsSync(folder) ? readdirSync(folder).sort() : [] };
}

/** A PNG no other upload has sent (storage is keyed by content). */
const freshPng = () => encodePng(3, 2, () => [randomInt(256), randomInt(256), randomInt(256)]);

describe("POST /images", () => {
  it("stores each accepted format with its size and serves it with long cache headers", async () => {
    for (const [name, bytes] of Object.entries(SAMPLES)) {
      const response = await upload(bytes, writer, { alt: `A ${name}` });
      expect(response.status, name).toBe(201);
      const image = (await response.json()) as { id: string; url: string; width: number; height: number; contentType: string; byteSize: number; alt: string };
      const { extension: _extension, ...info } = sniffImage(bytes)!;
      expect(image).toMatchObject({ ...info, byteSize: bytes.length, alt: `A ${name}` });
      const served = await fetch(`${server.origin}${image.url}`);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe(image.contentType);
      expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
      const again = await fetch(`${server.origin}${image.url}`, { headers: { "if-none-match": served.headers.get("etag")! } });
      expect(again.status).toBe(304);
    }
  });

  it("refuses bytes that are not an image, whatever the name says", async () => {
    const before = await query(server.databaseUrl, "SELECT count(*)::int AS n FROM image");
    for (const bytes of [Buffer.from("#!/bin/sh\nrm -rf /\n"), Buffer.from("<svg onload='alert(1)'/>"), SAMPLES.png.subarray(0, 16)]) {
      const response = await upload(bytes);
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } }] });
    }
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM image")).toEqual(before);
  });

  it("refuses images declaring more than 10,000 pixels a side or 50 million pixels, storing nothing", async () => {
    const before = await stored();
    for (const bytes of [
      DECLARING.png(4_294_967_295, 1),
      DECLARING.png(100_000, 100_000),
      DECLARING.png(10_000, 5_001),
      DECLARING.jpeg(65_535, 2),
      DECLARING.gif(2, 10_001),
      DECLARING.webp(16_777_216, 1),
    ]) {
      const response = await upload(bytes);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT" } }] });
    }
    expect(await stored()).toEqual(before);
    expect(server.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect((await upload(DECLARING.png(10_000, 5_000))).status).toBe(201);
  });

  it("refuses more than 10 MB, and stores nothing", async () => {
    await upload(SAMPLES.png);
    const before = await stored();
    const big = Buffer.concat([freshPng(), Buffer.alloc(10 * 1024 * 1024)]);
    const response = await upload(big);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    expect(await stored()).toEqual(before);
  });

  it("refuses a request without a file, or with something else than multipart", async () => {
    const form = new FormData();
    form.append("alt", "nothing");
    expect((await fetch(`${server.origin}/images`, { method: "POST", body: form, headers: writer })).status).toBe(400);
    const json = await fetch(`${server.origin}/images`, { method: "POST", body: "{}", headers: { ...writer, "content-type": "application/json" } });
    expect(json.status).toBe(415);
  });

  it("is for staff with CATALOG_WRITE only, and stores nothing for anyone else", async () => {
    await upload(SAMPLES.png);
    const before = await stored();
    const png = freshPng();
    expect((await upload(png, {})).status).toBe(401);
    expect((await upload(png, { authorization: (await customerHeaders(server)).authorization })).status).toBe(403);
    expect((await upload(png, { authorization: (await staffHeaders(server, [Permission.CATALOG_READ])).authorization })).status).toBe(403);
    // A browser session cookie alone could be sent by a cross-site form: it needs a header no form can set.
    const cookie = `${SESSION_COOKIE}=${writer.authorization!.slice("Bearer ".length)}`;
    expect((await upload(png, { cookie })).status).toBe(403);
    expect(await stored()).toEqual(before);
    expect((await upload(png, { cookie, "x-requested-with": "fetch" })).status).toBe(201);
    expect((await stored()).rows).toBe(before.rows + 1);
  });

  it("serves nothing for unknown or malformed keys", async () => {
    for (const path of ["/images/" + "a".repeat(64) + ".png", "/images/..%2f..%2fetc%2fpasswd", "/images/x.png"]) {
      expect((await fetch(`${server.origin}${path}`)).status).toBe(404);
    }
  });
});

describe("attaching images", () => {
  it("sets ordered images and a featured one on products and variants", async () => {
    const ids: string[] = [];
    for (const bytes of [SAMPLES.png, SAMPLES.gif, SAMPLES.jpeg]) ids.push(((await (await upload(bytes)).json()) as { id: string }).id);
    const made = await server.gql(MakeProduct, {}, { headers: writer });
    const productId = (made.body.data!.createProduct as { product: { id: string } }).product.id;

    const set = await server.gql(AttachProductImages, { input: { productId, version: 1, imageIds: [ids[2]!, ids[0]!], featuredImageId: ids[0] } }, { headers: writer });
    expect(set.body.data!.setProductImages).toMatchObject({ product: { version: 2, images: [{ id: ids[2] }, { id: ids[0] }], featuredImage: { id: ids[0] } } });
    const wrong = await server.gql(AttachProductImages, { input: { productId, version: 2, imageIds: [ids[0]!], featuredImageId: ids[1] } }, { headers: writer });
    expect(wrong.body.data!.setProductImages).toMatchObject({ __typename: "InvalidInput", path: ["input", "featuredImageId"] });
    const stale = await server.gql(AttachProductImages, { input: { productId, version: 1, imageIds: [] } }, { headers: writer });
    expect(stale.body.data!.setProductImages.__typename).toBe("VersionConflict");

    const holder = (made.body.data!.createVariant as { product: { id: string } }).product.id;
    const variant = await server.gql(AddVariant, { productId: holder }, { headers: writer });
    const variantId = (variant.body.data!.createVariant as { variant: { id: string } }).variant.id;
    const onVariant = await server.gql(AttachVariantImages, { input: { variantId, version: 1, imageIds: [ids[1]!, ids[2]!] } }, { headers: writer });
    expect(onVariant.body.data!.setVariantImages).toMatchObject({ variant: { version: 2, images: [{ id: ids[1] }, { id: ids[2] }], featuredImage: { id: ids[1] } } });
  });
});

describe("PUBLIC_URL", () => {
  it("makes image URLs absolute, in upload answers and in the API", async () => {
    const behindProxy = await startTestServer({ PUBLIC_URL: "https://shop.example/api/" });
    try {
      const staff = { authorization: (await staffHeaders(behindProxy, [Permission.CATALOG_WRITE])).authorization };
      const form = new FormData();
      form.append("file", new Blob([SAMPLES.png]), "picture.png");
      const uploaded = (await (await fetch(`${behindProxy.origin}/images`, { method: "POST", body: form, headers: staff })).json()) as { id: string; url: string };
      expect(uploaded.url).toMatch(/^https:\/\/shop\.example\/api\/images\/[0-9a-f]{64}\.png$/);
      const read = await behindProxy.gql(graphql(`query ImageUrl($id: ID!) { node(id: $id) { ... on Image { url } } }`), { id: uploaded.id }, { headers: staff });
      expect(read.body.data!.node).toEqual({ url: uploaded.url });
      // Served where the relative part says, as before.
      expect((await fetch(`${behindProxy.origin}${new URL(uploaded.url).pathname.replace(/^\/api/, "")}`)).status).toBe(200);
    } finally {
      await behindProxy.stop();
    }
  });
});
