/**
 * The patches applied to libraries on install (patches/): graphql-jit takes a leaf value that its
 * built-in scalar would serialize as itself without a runtime call (whose arguments were allocated
 * for every leaf), and reports what completing a resolved value throws instead of never settling
 * the operation; type-graphql hands a resolver its arguments without a promise when nothing
 * validates them. Each part fails if its patch is missing or answers differently from graphql-js.
 */
import { describe, expect, it } from "vitest";
import {
  execute,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
  type GraphQLOutputType,
} from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { Arg, buildSchema, Int, Query, Resolver } from "type-graphql";

describe("graphql-jit leaves", () => {
  const Cents = new GraphQLScalarType({ name: "Cents", serialize: (value) => `${String(value)}¢` });
  /** Every field reads the property of its own name. */
  const leaves: Record<string, GraphQLOutputType> = {
    text: new GraphQLNonNull(GraphQLString),
    maybeText: GraphQLString,
    id: new GraphQLNonNull(GraphQLID),
    maybeId: GraphQLID,
    count: new GraphQLNonNull(GraphQLInt),
    maybeCount: GraphQLInt,
    ratio: new GraphQLNonNull(GraphQLFloat),
    maybeRatio: GraphQLFloat,
    flag: new GraphQLNonNull(GraphQLBoolean),
    maybeFlag: GraphQLBoolean,
    cents: new GraphQLNonNull(Cents),
  };
  const Item = new GraphQLObjectType({ name: "Item", fields: Object.fromEntries(Object.entries(leaves).map(([name, type]) => [name, { type }])) });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { items: { type: new GraphQLList(Item) } } }),
  });
  /** Values each leaf gets in turn: the ones served as they are, and every kind the scalar must convert, refuse or report. */
  const samples: unknown[] = [
    "plain", "", 0, -0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false,
    null, undefined, "12", { valueOf: () => 7 }, { toJSON: () => "json" }, [1], new Error("resolver failed"), 10n, Symbol("s"),
  ];

  function answers(result: ExecutionResult) {
    return { data: JSON.stringify(result.data), errors: (result.errors ?? []).map((error) => `${error.path?.join(".")}: ${error.message}`) };
  }

  it("answers every leaf value as graphql-js does", async () => {
    // One leaf per operation: graphql-js stops completing an object at its first error, graphql-jit does not.
    for (const name of Object.keys(leaves)) {
      const document = parse(`{ items { ${name} } }`);
      const compiled = compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(compiled)) throw new Error("not compiled");
      for (const value of samples) {
        const rootValue = { items: [{ [name]: value }, { [name]: "other" }] };
        const jit = answers((await compiled.query(rootValue, {}, {})) as ExecutionResult);
        const js = answers(await execute({ schema, document, rootValue }));
        expect({ leaf: `${name} = ${String(value)}`, ...jit }).toEqual({ leaf: `${name} = ${String(value)}`, ...js });
      }
    }
  });

  it("takes a built-in scalar's own values without a runtime call, and sends everything else to the scalar", () => {
    const document = parse(`{ items { ${Object.keys(leaves).join(" ")} } }`);
    const compiled = compileQuery(schema, document, undefined, { debug: true } as Parameters<typeof compileQuery>[3]);
    const code = (compiled as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string }).__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation ?? "";
    for (const name of Object.keys(leaves).filter((name) => name !== "cents")) {
      expect(code).toMatch(new RegExp(`"${name}":\\s*\\(\\(__context\\.leaf = __currentItem\\.${name}\\)`));
    }
    expect(code).toMatch(/"cents":\s*__context\.rt\.checkNonNullLeaf\(__context, __currentItem\.cents,/);
  });
});

describe("graphql-jit completion errors", () => {
  it("settle an operation whose resolved object throws while it is completed, as graphql-js does", async () => {
    const Page = new GraphQLObjectType({ name: "Page", fields: { cursor: { type: GraphQLString } } });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: "Query", fields: { page: { type: Page, resolve: async () => ({ get cursor(): string { throw new Error("no cursor"); } }) } } }),
    });
    const document = parse("{ page { cursor } }");
    const compiled = compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(compiled)) throw new Error("not compiled");
    const settled = await Promise.race([compiled.query(undefined, {}, {}), new Promise((resolve) => setTimeout(() => resolve("never settled"), 2000))]);
    const js = await execute({ schema, document });
    expect(js.errors?.map((error) => error.message)).toEqual(["no cursor"]);
    expect((settled as ExecutionResult).errors?.map((error) => error.message)).toEqual(["no cursor"]);
  });
});

describe("type-graphql arguments", () => {
  @Resolver()
  class Echo {
    @Query(() => Int)
    echo(@Arg("n", () => Int) n: number): number {
      return n;
    }
  }

  it("reach a resolver without a promise when nothing validates them", async () => {
    const schema = await buildSchema({ resolvers: [Echo], validate: false });
    const resolve = schema.getQueryType()!.getFields().echo!.resolve!;
    const answer = resolve(undefined, { n: 3 }, {}, {} as never);
    expect(answer).toBe(3);
    expect((await execute({ schema, document: parse("{ echo(n: 4) }") })).data).toEqual({ echo: 4 });
  });

  it("still wait for a validation function, and refuse what it refuses", async () => {
    const schema = await buildSchema({
      resolvers: [Echo],
      validateFn: (value) => {
        if (typeof value === "number" && value < 0) throw new Error("negative");
      },
    });
    const resolve = schema.getQueryType()!.getFields().echo!.resolve!;
    const answer = resolve(undefined, { n: 5 }, {}, {} as never);
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).resolves.toBe(5);
    const refused = await execute({ schema, document: parse("{ echo(n: -1) }") });
    expect(refused.errors?.[0]?.message).toContain("negative");
  });
});
