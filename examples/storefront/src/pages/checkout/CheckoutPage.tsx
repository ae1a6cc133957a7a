import { useQuery } from "@apollo/client/react";
import { CartDocument, MeDocument, type OrderDetailsFragment } from "@larder/sdk";
import { useState } from "react";
import { Link } from "react-router";
import { RequestError } from "../../components/Messages";
import { OrderSummary } from "../../components/OrderSummary";
import { Totals } from "../../components/Totals";
import { AddressForm } from "./AddressForm";
import { PlaceOrderForm } from "./PlaceOrderForm";
import { ShippingMethods } from "./ShippingMethods";

/** /checkout: where the order goes, how it is shipped, how it is paid; then the order. */
export function CheckoutPage() {
  const { data, loading, error } = useQuery(CartDocument);
  const { data: me } = useQuery(MeDocument);
  const [order, setOrder] = useState<OrderDetailsFragment | null>(null);
  if (order) {
    return (
      <>
        <h1>Thank you!</h1>
        <p role="status">
          Your order <strong data-testid="order-code">{order.code}</strong> is placed.{" "}
          {me?.me ? <Link to={`/account/orders/${order.code}`}>Follow it in your account</Link> : "Keep its code to ask about it."}
        </p>
        <OrderSummary order={order} />
      </>
    );
  }
  if (loading) return <p>Loading…</p>;
  const cart = data?.cart;
  if (error) return <RequestError error={error} />;
  if (!cart || cart.lines.length === 0) return <p>Your cart is empty.</p>;
  return (
    <>
      <h1>Checkout</h1>
      <div className="checkout">
        <div>
          <AddressForm cart={cart} customer={me?.me ?? null} />
          <ShippingMethods cart={cart} />
          <PlaceOrderForm onPlaced={setOrder} />
        </div>
        <aside>
          <h2>Your order</h2>
          <ul className="summary-lines">
            {cart.lines.map((line) => (
              <li key={line.id}>
                {line.quantity} × {line.productTitle} <small>{line.variantTitle}</small>
              </li>
            ))}
          </ul>
          <Totals totals={cart.totals} />
        </aside>
      </div>
    </>
  );
}
