import { Route, Routes } from "react-router";
import { Layout } from "./components/Layout";
import { AccountPage } from "./pages/account/AccountPage";
import { OrderPage } from "./pages/account/OrderPage";
import { RegisterPage } from "./pages/account/RegisterPage";
import { SignInPage } from "./pages/account/SignInPage";
import { CartPage } from "./pages/cart/CartPage";
import { CheckoutPage } from "./pages/checkout/CheckoutPage";
import { HomePage } from "./pages/home/HomePage";
import { ProductPage } from "./pages/product/ProductPage";
import { ProductListPage } from "./pages/products/ProductListPage";
import { SearchPage } from "./pages/search/SearchPage";

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="products" element={<ProductListPage />} />
        <Route path="products/:slug" element={<ProductPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="cart" element={<CartPage />} />
        <Route path="checkout" element={<CheckoutPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="account/orders/:code" element={<OrderPage />} />
        <Route path="*" element={<p>Page not found.</p>} />
      </Route>
    </Routes>
  );
}
