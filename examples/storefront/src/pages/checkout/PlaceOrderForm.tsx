import { useMutation, useQuery } from "@apollo/client/react";
import { PaymentMethodsDocument, PlaceOrderDocument, type OrderDetailsFragment } from "@larder/sdk";
import { afterOrderPlaced } from "@larder/sdk/apollo";
import { useState, type FormEvent } from "react";
import { RequestError, UserErrorMessage } from "../../components/Messages";

/**
 * The payment method and the button that places the order. One idempotency key per attempt: a
 * retry after a lost answer sends the same key and gets the same order back instead of a second
 * one; after a definite answer (a typed error) the next attempt is a new one with a new key.
 */
export function PlaceOrderForm({ onPlaced }: { onPlaced: (order: OrderDetailsFragment) => void }) {
  const { data: methods } = useQuery(PaymentMethodsDocument);
  const [chosen, setChosen] = useState<string | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [placeOrder, { data, loading, error }] = useMutation(PlaceOrderDocument, { update: afterOrderPlaced });
  const paymentMethod = chosen ?? methods?.paymentMethods[0]?.code;
  const result = data?.placeOrder;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!paymentMethod) return;
    const { data } = await placeOrder({ variables: { input: { idempotencyKey, paymentMethod } } });
    if (data?.placeOrder.__typename === "OrderPlaced") onPlaced(data.placeOrder.order);
    else if (data) setIdempotencyKey(crypto.randomUUID());
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>Payment</legend>
        {methods?.paymentMethods.map((method) => (
          <label key={method.code}>
            <input type="radio" name="payment" checked={paymentMethod === method.code} onChange={() => setChosen(method.code)} />
            {method.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={loading || !paymentMethod}>
        Place order
      </button>
      {result?.__typename === "CheckoutIncomplete" && <p className="error">Still missing: {result.missing.join(", ").toLowerCase().replace(/_/g, " ")}</p>}
      {result?.__typename !== "OrderPlaced" && <UserErrorMessage error={result} />}
      <RequestError error={error} />
    </form>
  );
}
