/** Typed user errors of catalog mutations. */
import { Field, ObjectType } from "type-graphql";
import { ErrorCode, UserError } from "../../shared/errors.js";

@ObjectType({ implements: UserError, description: "Another product or collection already has this slug." })
export class SlugTaken extends UserError {
  @Field()
  slug: string;

  static of(path: string[], slug: string): SlugTaken {
    return Object.assign(new SlugTaken(), { code: ErrorCode.SLUG_TAKEN, message: `slug "${slug}" is taken`, path, slug });
  }
}

@ObjectType({ implements: UserError, description: "Another variant already has this SKU." })
export class SkuTaken extends UserError {
  @Field()
  sku: string;

  static of(path: string[], sku: string): SkuTaken {
    return Object.assign(new SkuTaken(), { code: ErrorCode.SKU_TAKEN, message: `SKU "${sku}" is taken`, path, sku });
  }
}
