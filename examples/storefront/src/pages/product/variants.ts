import type { ProductPageQuery } from "@larder/sdk";

export type Variant = NonNullable<ProductPageQuery["product"]>["variants"]["nodes"][number];

/** A choice of one value per option, e.g. { Size: "M", Color: "Navy" }. */
export type Choice = Record<string, string>;

export function choiceOf(variant: Variant | undefined): Choice {
  return Object.fromEntries(variant?.selectedOptions.map((o) => [o.name, o.value]) ?? []);
}

/** The variant with exactly the values of `choice`, if the product has one. */
export function variantFor(variants: Variant[], choice: Choice): Variant | undefined {
  return variants.find((v) => v.selectedOptions.every((o) => choice[o.name] === o.value));
}

/** Whether changing `choice` to `value` for option `name` gives a variant that can be bought now. */
export function canBuyWith(variants: Variant[], choice: Choice, name: string, value: string): boolean {
  return variantFor(variants, { ...choice, [name]: value })?.availableForSale ?? false;
}
