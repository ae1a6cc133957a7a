/** GraphQL types of search results and their facets. */
import { Field, Int, ObjectType } from "type-graphql";
import { Money } from "../../../shared/money.js";
import { ProductConnection } from "../products/product.types.js";
import { ListCost } from "../../../shared/cost.js";

@ObjectType({ simpleResolvers: true, description: "One value of a facet and how many matching products have it." })
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "The values of one option (by name, e.g. Size) across the matching products." })
export class OptionFacet {
  @Field()
  name: string;

  @ListCost(10)
  @Field(() => [FacetValue])
  values: FacetValue[];
}

@ObjectType({ simpleResolvers: true, description: "A collection and how many matching products it holds directly." })
export class CollectionFacet {
  collectionId: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "A price band [min, max) of the products' lowest variant price." })
export class PriceFacet {
  @Field(() => Money)
  min: Money;

  @Field(() => Money, { nullable: true, description: "Exclusive upper bound; null for the open-ended top band." })
  max: Money | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "Counts over every product that matches (not just this page), for narrowing a search." })
export class SearchFacets {
  @ListCost(3)
  @Field(() => [OptionFacet])
  options: OptionFacet[];

  @ListCost(10)
  @Field(() => [CollectionFacet])
  collections: CollectionFacet[];

  @ListCost(5)
  @Field(() => [PriceFacet], { description: "Only bands that have products." })
  prices: PriceFacet[];
}

/** What the facets statement yields: the total and the facets. */
export interface SearchStats {
  total: number;
  facets: SearchFacets;
}

@ObjectType({ simpleResolvers: true, description: "A page of search results, with facet counts over all of them." })
export class SearchResult extends ProductConnection {
  /** Runs the facets statement at most once (it also answers totalCount). */
  stats: () => Promise<SearchStats>;

  @Field(() => SearchFacets)
  async facets(): Promise<SearchFacets> {
    return (await this.stats()).facets;
  }
}
