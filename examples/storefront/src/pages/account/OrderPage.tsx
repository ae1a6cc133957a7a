import { useQuery } from "@apollo/client/react";
import { OrderDetailDocument } from "@larder/sdk";
import { Link, useParams } from "react-router";
import { RequestError } from "../../components/Messages";
import { OrderStateBadge } from "../../components/OrderState";
import { OrderSummary } from "../../components/OrderSummary";

/** /account/orders/:code: one of the customer's orders, its status and how it got there. */
export function OrderPage() {
  const { code = "" } = useParams();
  const { data, loading, error } = useQuery(OrderDetailDocument, { variables: { code }, fetchPolicy: "cache-and-network" });
  const order = data?.order;
  if (!order) {
    if (loading) return <p>Loading…</p>;
    return error ? <RequestError error={error} /> : <p>There is no such order in your account.</p>;
  }
  return (
    <>
      <p>
        <Link to="/account">← Your orders</Link>
      </p>
      <h1>
        Order {order.code} <OrderStateBadge state={order.state} />
      </h1>
      {order.trackingCode && <p>Tracking code: {order.trackingCode}</p>}
      <ol className="timeline">
        {order.transitions.map((t) => (
          <li key={t.at + t.to}>
            {new Date(t.at).toLocaleString("en")}: <OrderStateBadge state={t.to} />
          </li>
        ))}
      </ol>
      <OrderSummary order={order} />
    </>
  );
}
