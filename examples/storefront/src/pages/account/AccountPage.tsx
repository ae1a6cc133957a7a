import { useMutation, useQuery } from "@apollo/client/react";
import { LogoutDocument, MeDocument } from "@larder/sdk";
import { Link, useLocation, useNavigate } from "react-router";
import { RequestError } from "../../components/Messages";
import { formatMoney } from "../../components/money";
import { OrderStateBadge } from "../../components/OrderState";

/** /account: the signed-in customer and their orders, newest first. */
export function AccountPage() {
  // From the cache at once, and then fresh from the API: an order may have moved on since.
  const { data, loading, error, client } = useQuery(MeDocument, { fetchPolicy: "cache-and-network" });
  const [logout] = useMutation(LogoutDocument);
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const me = data?.me;

  const signOut = async () => {
    await logout();
    // The cache holds the customer's data: drop it, and ask the pages on screen again as a guest.
    await client.resetStore();
    navigate("/");
  };

  if (!me) {
    if (loading) return <p>Loading…</p>;
    return (
      <>
        <RequestError error={error} />
        <p>
          <Link to="/signin?next=/account">Sign in</Link> to see your orders.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        {me.firstName} {me.lastName}
      </h1>
      {notice && <p role="status">{notice}</p>}
      <p>
        {me.email} <button type="button" className="link" onClick={() => void signOut()}>Sign out</button>
      </p>
      <h2>Your orders</h2>
      {!me.orders?.nodes.length ? (
        <p>No orders yet.</p>
      ) : (
        <table className="orders">
          <tbody>
            {me.orders.nodes.map((order) => (
              <tr key={order.id}>
                <td>
                  <Link to={`/account/orders/${order.code}`}>{order.code}</Link>
                </td>
                <td>{order.placedAt ? new Date(order.placedAt).toLocaleDateString("en") : ""}</td>
                <td>
                  <OrderStateBadge state={order.state} />
                </td>
                <td>{formatMoney(order.totals.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
