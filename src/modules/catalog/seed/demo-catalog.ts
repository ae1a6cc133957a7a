/**
 * A deterministic, realistic-looking demo catalog: a collection tree, products with options and
 * variants, prices and stock. Pure data (no database), so it can be generated fast at any size.
 */
import { randomUUID } from "node:crypto";

/** A small seeded pseudo-random generator (mulberry32): the same seed makes the same shop. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Category {
  parent: string;
  title: string;
  nouns: string[];
  materials: string[];
  options: { name: string; values: string[] }[];
  /** Price range in major units. */
  price: [number, number];
  weight: [number, number];
}

const SIZES = ["XS", "S", "M", "L", "XL"];
export const COLORS: Record<string, [number, number, number]> = {
  Black: [30, 30, 30],
  White: [235, 235, 230],
  Navy: [30, 45, 90],
  Olive: [110, 120, 60],
  Rust: [170, 80, 40],
  Sand: [210, 190, 150],
  Forest: [40, 90, 60],
  Grey: [130, 130, 135],
};

const CATEGORIES: Category[] = [
  { parent: "Clothing", title: "Shirts", nouns: ["Shirt", "Oxford Shirt", "Overshirt", "Polo", "T-Shirt"], materials: ["Linen", "Cotton", "Organic Cotton", "Flannel", "Chambray"], options: [{ name: "Size", values: SIZES }, { name: "Color", values: ["White", "Navy", "Olive", "Sand"] }], price: [25, 90], weight: [150, 350] },
  { parent: "Clothing", title: "Sweaters", nouns: ["Sweater", "Cardigan", "Hoodie", "Crewneck", "Turtleneck"], materials: ["Merino Wool", "Lambswool", "Cashmere", "Cotton", "Alpaca"], options: [{ name: "Size", values: SIZES }, { name: "Color", values: ["Grey", "Navy", "Forest", "Rust"] }], price: [45, 220], weight: [300, 700] },
  { parent: "Clothing", title: "Jackets", nouns: ["Jacket", "Parka", "Field Jacket", "Rain Coat", "Vest"], materials: ["Waxed Cotton", "Down", "Wool", "Nylon", "Corduroy"], options: [{ name: "Size", values: SIZES.slice(1) }, { name: "Color", values: ["Black", "Olive", "Navy"] }], price: [90, 450], weight: [600, 1600] },
  { parent: "Clothing", title: "Trousers", nouns: ["Chinos", "Jeans", "Trousers", "Shorts", "Joggers"], materials: ["Denim", "Twill", "Linen", "Corduroy", "Fleece"], options: [{ name: "Size", values: ["28", "30", "32", "34", "36"] }, { name: "Color", values: ["Sand", "Navy", "Black"] }], price: [40, 160], weight: [350, 800] },
  { parent: "Home", title: "Kitchen", nouns: ["Coffee Mug", "Teapot", "Serving Bowl", "Cutting Board", "Coffee Grinder"], materials: ["Ceramic", "Stoneware", "Oak", "Walnut", "Enamel"], options: [{ name: "Color", values: ["White", "Black", "Sand", "Forest"] }], price: [12, 120], weight: [250, 2000] },
  { parent: "Home", title: "Decor", nouns: ["Candle", "Vase", "Throw Blanket", "Cushion", "Picture Frame"], materials: ["Soy Wax", "Glass", "Wool", "Linen", "Brass"], options: [{ name: "Color", values: ["White", "Grey", "Rust", "Olive"] }], price: [15, 180], weight: [200, 1500] },
  { parent: "Accessories", title: "Bags", nouns: ["Tote Bag", "Backpack", "Weekender", "Crossbody Bag", "Wallet"], materials: ["Canvas", "Leather", "Waxed Canvas", "Recycled Nylon", "Suede"], options: [{ name: "Color", values: ["Black", "Sand", "Olive", "Navy"] }], price: [20, 320], weight: [100, 1400] },
  { parent: "Accessories", title: "Hats & Scarves", nouns: ["Beanie", "Cap", "Scarf", "Bucket Hat", "Gloves"], materials: ["Merino Wool", "Cotton", "Cashmere", "Lambswool", "Linen"], options: [{ name: "Color", values: ["Grey", "Black", "Rust", "Forest", "Navy"] }], price: [15, 140], weight: [60, 250] },
];

const ADJECTIVES = ["Classic", "Everyday", "Heritage", "Relaxed", "Essential", "Nordic", "Coastal", "Urban", "Vintage", "Modern", "Rustic", "Alpine", "Summer", "Winter", "Harbour", "Studio", "Weekend", "Travel", "Workshop", "Field"];
const PRAISE = ["Made to last for years", "Designed in our studio", "Cut for an easy fit", "Finished by hand", "Sourced from a family mill", "Gets better with every wash", "Built for daily use", "Light enough to pack anywhere"];
const DETAILS = ["soft to the touch", "breathable", "hard-wearing", "easy to care for", "naturally water-repellent", "pre-washed for no shrinkage", "with reinforced seams", "in a timeless shape"];

export interface DemoCollection {
  id: string;
  parentId: string | null;
  title: string;
  slug: string;
  position: number;
}

export interface DemoVariant {
  id: string;
  sku: string;
  position: number;
  price: number;
  compareAtPrice: number | null;
  weightGrams: number;
  onHand: number;
  trackInventory: boolean;
  /** Value name per option, in option order. */
  values: string[];
}

export interface DemoProduct {
  id: string;
  title: string;
  slug: string;
  description: string;
  createdAt: Date;
  collectionId: string;
  options: { id: string; name: string; values: { id: string; name: string }[] }[];
  variants: DemoVariant[];
  /** Colour names whose pictures show the product. */
  colors: string[];
}

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The collection tree: top-level groups with one collection per category below. */
export function demoCollections(): DemoCollection[] {
  const collections: DemoCollection[] = [];
  const parents = new Map<string, DemoCollection>();
  for (const category of CATEGORIES) {
    let parent = parents.get(category.parent);
    if (!parent) {
      parent = { id: randomUUID(), parentId: null, title: category.parent, slug: slugOf(category.parent), position: parents.size };
      parents.set(category.parent, parent);
      collections.push(parent);
    }
    const siblings = collections.filter((c) => c.parentId === parent!.id).length;
    collections.push({ id: randomUUID(), parentId: parent.id, title: category.title, slug: slugOf(category.title), position: siblings });
  }
  return collections;
}

/** `count` products spread over the categories of `collections`, created about a minute apart up to now. */
export function* demoProducts(count: number, collections: DemoCollection[], seed = 42): Generator<DemoProduct> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const usedSlugs = new Map<string, number>();
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const collection = collections.find((c) => c.title === category.title)!;
    const material = pick(category.materials);
    const noun = pick(category.nouns);
    const title = `${pick(ADJECTIVES)} ${material} ${noun}`;
    const base = slugOf(title);
    const seen = usedSlugs.get(base) ?? 0;
    usedSlugs.set(base, seen + 1);
    const description = `${pick(PRAISE)}. A ${material.toLowerCase()} ${noun.toLowerCase()} that is ${pick(DETAILS)} and ${pick(DETAILS)}. ${pick(PRAISE)}.`;
    // Each product offers a random subset of each option's values, in the option's order.
    const options = category.options.map((option) => {
      const values = option.values.filter(() => next() < 0.75);
      const chosen = values.length > 0 ? values : [option.values[0]!];
      return { id: randomUUID(), name: option.name, values: chosen.map((name) => ({ id: randomUUID(), name })) };
    });
    const basePrice = between(category.price[0], category.price[1]) * 100 - (next() < 0.6 ? 1 : 0);
    const combos = options.reduce<string[][]>((acc, option) => acc.flatMap((prefix) => option.values.map((v) => [...prefix, v.name])), [[]]);
    const skuBase = `${category.title.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(6, "0")}`;
    const variants = combos.slice(0, 12).map((values, position) => ({
      id: randomUUID(),
      sku: `${skuBase}-${values.map((v) => v.replace(/[^A-Za-z0-9]/g, "").slice(0, 3).toUpperCase()).join("-")}`,
      position,
      // Larger sizes cost a little more.
      price: basePrice + (values[0] === "XL" ? 500 : 0),
      compareAtPrice: next() < 0.15 ? basePrice + between(5, 40) * 100 : null,
      weightGrams: between(category.weight[0], category.weight[1]),
      onHand: next() < 0.12 ? 0 : between(1, 60),
      trackInventory: next() > 0.05,
      values,
    }));
    const colors = options.find((o) => o.name === "Color")?.values.map((v) => v.name) ?? [];
    yield {
      id: randomUUID(),
      title,
      slug: seen === 0 ? base : `${base}-${seen + 1}`,
      description,
      createdAt: new Date(now - (count - i) * 60_000 - Math.floor(next() * 30_000)),
      collectionId: collection.id,
      options,
      variants,
      colors,
    };
  }
}
