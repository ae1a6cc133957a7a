import { useQuery } from "@apollo/client/react";
import { CartDocument } from "@larder/sdk";
import { Link } from "react-router";
import { RequestError } from "../../components/Messages";
import { Totals } from "../../components/Totals";
import { CartLineRow } from "./CartLineRow";
import { CouponForm } from "./CouponForm";

/** /cart: a guest's cart (by the API's cart cookie) or the signed-in customer's; the API tells which. */
export function CartPage() {
  const { data, loading, error } = useQuery(CartDocument);
  if (loading) return <p>Loading…</p>;
  const cart = data?.cart;
  return (
    <>
      <h1>Your cart</h1>
      <RequestError error={error} />
      {!cart || cart.lines.length === 0 ? (
        <p>
          Your cart is empty. <Link to="/products">Start shopping</Link>
        </p>
      ) : (
        <div className="cart">
          <table className="cart-lines">
            <tbody>
              {cart.lines.map((line) => (
                <CartLineRow key={line.id} line={line} />
              ))}
            </tbody>
          </table>
          <aside>
            <CouponForm coupons={cart.coupons} />
            <Totals totals={cart.totals} />
            <Link to="/checkout" className="button">
              Checkout
            </Link>
          </aside>
        </div>
      )}
    </>
  );
}
