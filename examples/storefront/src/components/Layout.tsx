import { useQuery } from "@apollo/client/react";
import { CartDocument, MeDocument } from "@larder/sdk";
import { Link, Outlet } from "react-router";
import { SearchBox } from "./SearchBox";

/** Every page: a header with the shop's links, the search box, the account and the cart's size. */
export function Layout() {
  const { data: cart } = useQuery(CartDocument);
  const { data: me } = useQuery(MeDocument);
  return (
    <>
      <header className="site-header">
        <Link to="/" className="brand">
          Larder
        </Link>
        <nav>
          <Link to="/products">All products</Link>
        </nav>
        <SearchBox />
        <nav>
          {me?.me ? <Link to="/account">{me.me.firstName || "Account"}</Link> : <Link to="/signin">Sign in</Link>}
          <Link to="/cart" data-testid="cart-link">
            Cart ({cart?.cart?.totalQuantity ?? 0})
          </Link>
        </nav>
      </header>
      <main>
        <Outlet />
      </main>
    </>
  );
}
