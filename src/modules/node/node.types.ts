import { Field, ID, InterfaceType } from "type-graphql";

/** Anything fetchable by its global id through `node(id:)`. */
@InterfaceType({ description: "An object with a globally unique, opaque id, fetchable with `node(id:)`." })
export abstract class Node {
  @Field(() => ID)
  id: string;
}
