/**
 * `update` functions for the mutations that change which cart the cached `cart` query means,
 * so the app needs no second request after them.
 */
import type { ApolloCache } from "@apollo/client";
import type { AddCartLinesMutation, LoginMutation, PlaceOrderMutation } from "./generated/graphql.js";

/**
 * For `AddCartLines`: a guest's first lines start a cart, which becomes the cached answer of
 * `cart` (until then the cache holds `null` for it, and a cart badge would stay at zero).
 */
export function afterCartLinesAdded(cache: ApolloCache, { data }: { data?: AddCartLinesMutation | null }): void {
  const result = data?.addCartLines;
  if (result?.__typename !== "CartUpdated") return;
  cache.modify({ id: "ROOT_QUERY", fields: { cart: (_, { toReference }) => toReference({ __typename: "Cart", id: result.cart.id }) ?? null } });
}

/**
 * For `Login`: the signed-in customer and their cart (a guest cart merged in) become the cached
 * answers of `me` and `cart`.
 */
export function afterLogin(cache: ApolloCache, { data }: { data?: LoginMutation | null }): void {
  const login = data?.login;
  if (login?.__typename !== "LoggedIn") return;
  const { customer, cart } = login;
  cache.modify({
    id: "ROOT_QUERY",
    fields: {
      me: (_, { toReference }) => toReference({ __typename: "Customer", id: customer.id }) ?? null,
      cart: (_, { toReference }) => (cart ? (toReference({ __typename: "Cart", id: cart.id }) ?? null) : null),
    },
  });
}

/** For `PlaceOrder`: the cart became the order, so the cached `cart` is none. */
export function afterOrderPlaced(cache: ApolloCache, { data }: { data?: PlaceOrderMutation | null }): void {
  if (data?.placeOrder.__typename !== "OrderPlaced") return;
  cache.modify({ id: "ROOT_QUERY", fields: { cart: () => null } });
}
