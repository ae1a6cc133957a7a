/** GraphQL type of an uploaded image; the columns that make an Image and how its rows travel as JSON (json-rows.ts). */
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { RowShape } from "../../../db/json-rows.js";
import type { Storage } from "./storage.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "An uploaded picture (JPEG, PNG, WebP or GIF)." })
export class Image extends Node {
  rowId: string;

  @Field({ description: "Where to fetch it; the bytes behind a URL never change, so it may be cached forever." })
  url: string;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;

  @Field({ description: "Text alternative for screen readers." })
  alt: string;

  @Field({ description: "image/jpeg, image/png, image/webp or image/gif." })
  contentType: string;

  @Field(() => Int)
  byteSize: number;

  @Field()
  createdAt: Date;
}

/** The columns of `image i` that make an Image. */
export const IMAGE_COLUMNS = "i.id, i.storage_key, i.content_type, i.byte_size, i.width, i.height, i.alt, i.created_at";

export interface ImageRow {
  id: string;
  storage_key: string;
  content_type: string;
  byte_size: number;
  width: number;
  height: number;
  alt: string;
  created_at: Date;
}

/** The rows of IMAGE_COLUMNS as they travel in JSON (json-rows.ts). */
export const IMAGE_ROW = new RowShape<ImageRow>({
  id: "value",
  storage_key: "value",
  content_type: "value",
  byte_size: "value",
  width: "value",
  height: "value",
  alt: "value",
  created_at: "timestamp",
});

/** Image rows with the id of the product or variant showing them. */
export const OWNED_IMAGE_ROW = new RowShape<ImageRow & { owner_id: string }>({ owner_id: "value", ...IMAGE_ROW.columns });

/** An Image from its row, its URL from the storage holding its bytes. */
export function toImage(row: ImageRow, images: Storage): Image {
  const image = new Image();
  image.id = toGlobalId("Image", row.id);
  image.rowId = row.id;
  image.url = images.publicUrl(row.storage_key);
  image.contentType = row.content_type;
  image.byteSize = row.byte_size;
  image.width = row.width;
  image.height = row.height;
  image.alt = row.alt;
  image.createdAt = row.created_at;
  return image;
}
