/** The postal address fields shared by address books, carts and orders. */
import { Field, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "A postal address." })
export class PostalAddress {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => String, { nullable: true })
  company: string | null;

  @Field()
  line1: string;

  @Field(() => String, { nullable: true })
  line2: string | null;

  @Field()
  city: string;

  @Field(() => String, { nullable: true, description: "State, province or county, where the country uses one." })
  region: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field({ description: "ISO 3166-1 alpha-2 country code, e.g. `DE`." })
  countryCode: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@InputType({ description: "A postal address. Optional texts may be omitted, null or empty." })
export class PostalAddressInput {
  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String)
  line1: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String)
  city: string;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { description: "ISO 3166-1 alpha-2, any case." })
  countryCode: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}
