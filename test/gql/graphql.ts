/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Machine-readable reason of a user error. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'SKU_TAKEN'
  | 'SLUG_TAKEN'
  | 'VERSION_CONFLICT';

export type HelloQueryVariables = Exact<{ [key: string]: never; }>;


export type HelloQuery = { hello: string };

export type GreetMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetMutation = { hello:
    | { __typename: 'HelloSuccess', message: string, greeting: { name: string, timesGreeted: number } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type TwoGreetingsQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type TwoGreetingsQuery = { first: { name: string, timesGreeted: number } | null, second: { name: string, timesGreeted: number } | null };

export type GreetForHttpMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetForHttpMutation = { hello:
    | { __typename: 'HelloSuccess' }
    | { __typename: 'InvalidInput' }
   };

export type GreetForLifecycleMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetForLifecycleMutation = { hello:
    | { greeting: { timesGreeted: number } }
    | Record<PropertyKey, never>
   };

export type GreetingAfterRestartQueryVariables = Exact<{
  name: string;
}>;


export type GreetingAfterRestartQuery = { greeting: { timesGreeted: number } | null };

export type GreetInProductionMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetInProductionMutation = { hello:
    | { __typename: 'HelloSuccess' }
    | { __typename: 'InvalidInput' }
   };

export type HelloOverWsQueryVariables = Exact<{ [key: string]: never; }>;


export type HelloOverWsQuery = { hello: string };

export type GreetOverWsMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetOverWsMutation = { hello:
    | { message: string }
    | { code: ErrorCode, path: Array<string> | null }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HelloDocument = new TypedDocumentString(`
    query Hello {
  hello
}
    `) as unknown as TypedDocumentString<HelloQuery, HelloQueryVariables>;
export const GreetDocument = new TypedDocumentString(`
    mutation Greet($name: String) {
  hello(input: {name: $name}) {
    __typename
    ... on HelloSuccess {
      message
      greeting {
        name
        timesGreeted
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<GreetMutation, GreetMutationVariables>;
export const TwoGreetingsDocument = new TypedDocumentString(`
    query TwoGreetings($a: String!, $b: String!) {
  first: greeting(name: $a) {
    name
    timesGreeted
  }
  second: greeting(name: $b) {
    name
    timesGreeted
  }
}
    `) as unknown as TypedDocumentString<TwoGreetingsQuery, TwoGreetingsQueryVariables>;
export const GreetForHttpDocument = new TypedDocumentString(`
    mutation GreetForHttp($name: String) {
  hello(input: {name: $name}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<GreetForHttpMutation, GreetForHttpMutationVariables>;
export const GreetForLifecycleDocument = new TypedDocumentString(`
    mutation GreetForLifecycle($name: String) {
  hello(input: {name: $name}) {
    ... on HelloSuccess {
      greeting {
        timesGreeted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GreetForLifecycleMutation, GreetForLifecycleMutationVariables>;
export const GreetingAfterRestartDocument = new TypedDocumentString(`
    query GreetingAfterRestart($name: String!) {
  greeting(name: $name) {
    timesGreeted
  }
}
    `) as unknown as TypedDocumentString<GreetingAfterRestartQuery, GreetingAfterRestartQueryVariables>;
export const GreetInProductionDocument = new TypedDocumentString(`
    mutation GreetInProduction($name: String) {
  hello(input: {name: $name}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<GreetInProductionMutation, GreetInProductionMutationVariables>;
export const HelloOverWsDocument = new TypedDocumentString(`
    query HelloOverWs {
  hello
}
    `) as unknown as TypedDocumentString<HelloOverWsQuery, HelloOverWsQueryVariables>;
export const GreetOverWsDocument = new TypedDocumentString(`
    mutation GreetOverWs($name: String) {
  hello(input: {name: $name}) {
    ... on HelloSuccess {
      message
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<GreetOverWsMutation, GreetOverWsMutationVariables>;