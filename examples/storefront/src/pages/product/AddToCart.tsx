import { useMutation } from "@apollo/client/react";
import { AddCartLinesDocument } from "@larder/sdk";
import { afterCartLinesAdded } from "@larder/sdk/apollo";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { RequestError, UserErrorMessage } from "../../components/Messages";
import type { Variant } from "./variants";

/** A quantity and the button that puts the chosen variant into the cart (a guest's first line starts a cart). */
export function AddToCart({ variant }: { variant: Variant | undefined }) {
  const [quantity, setQuantity] = useState(1);
  const [addLines, { data, loading, error }] = useMutation(AddCartLinesDocument, { update: afterCartLinesAdded });
  const result = data?.addCartLines;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (variant) void addLines({ variables: { input: { lines: [{ variantId: variant.id, quantity }] } } });
  };
  return (
    <form onSubmit={submit} className="add-to-cart">
      <label>
        Quantity <input type="number" min={1} max={99} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
      </label>
      <button type="submit" disabled={!variant?.availableForSale || loading}>
        {variant?.availableForSale === false ? "Sold out" : "Add to cart"}
      </button>
      {result?.__typename === "CartUpdated" ? (
        <p role="status">
          Added to your cart. <Link to="/cart">View cart</Link>
        </p>
      ) : (
        <UserErrorMessage error={result} />
      )}
      <RequestError error={error} />
    </form>
  );
}
