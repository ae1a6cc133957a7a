import { useMutation } from "@apollo/client/react";
import { SetCartShippingMethodDocument, type CartDetailsFragment } from "@larder/sdk";
import { RequestError, UserErrorMessage } from "../../components/Messages";
import { formatMoney } from "../../components/money";

/** The shipping methods the cart can have; picking one sets it at once, and the totals follow. */
export function ShippingMethods({ cart }: { cart: CartDetailsFragment }) {
  const [setMethod, { data, loading, error }] = useMutation(SetCartShippingMethodDocument);
  const result = data?.setCartShippingMethod;
  return (
    <fieldset className="shipping-methods" disabled={loading}>
      <legend>Shipping</legend>
      {cart.availableShippingMethods.map((method) => (
        <label key={method.code}>
          <input type="radio" name="shipping" checked={cart.shippingMethod?.code === method.code} onChange={() => void setMethod({ variables: { input: { code: method.code } } })} />
          {method.name}: {formatMoney(method.price)}
          {method.freeAbove && <small> (free above {formatMoney(method.freeAbove)})</small>}
        </label>
      ))}
      {result?.__typename !== "CartUpdated" && <UserErrorMessage error={result} />}
      <RequestError error={error} />
    </fieldset>
  );
}
