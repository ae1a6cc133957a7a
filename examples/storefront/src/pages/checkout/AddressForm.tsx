import { useMutation } from "@apollo/client/react";
import { SetCartEmailDocument, SetCartShippingAddressDocument, type CartDetailsFragment, type MeQuery } from "@larder/sdk";
import { useState, type FormEvent } from "react";
import { RequestError, UserErrorMessage } from "../../components/Messages";

const FIELDS = [
  ["firstName", "First name"],
  ["lastName", "Last name"],
  ["line1", "Street and number"],
  ["postalCode", "Postal code"],
  ["city", "City"],
  ["countryCode", "Country code (e.g. DE)"],
] as const;

type Field = (typeof FIELDS)[number][0];

/**
 * Where the order goes. A guest also gives an email; a signed-in customer's orders carry their
 * account's. The form starts from the cart's address, else the customer's default one.
 */
export function AddressForm({ cart, customer }: { cart: CartDetailsFragment; customer: NonNullable<MeQuery["me"]> | null }) {
  const start = cart.shippingAddress ?? customer?.defaultShippingAddress;
  const [email, setEmail] = useState(cart.email ?? "");
  const [address, setAddress] = useState(() => Object.fromEntries(FIELDS.map(([name]) => [name, start?.[name] ?? ""])) as Record<Field, string>);
  const [setCartEmail, emailSet] = useMutation(SetCartEmailDocument);
  const [setShippingAddress, addressSet] = useMutation(SetCartShippingAddressDocument);
  const emailResult = emailSet.data?.setCartEmail;
  const addressResult = addressSet.data?.setCartShippingAddress;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!customer) {
      const { data } = await setCartEmail({ variables: { input: { email } } });
      if (data?.setCartEmail.__typename !== "CartUpdated") return;
    }
    await setShippingAddress({ variables: { input: { address: { ...address, postalCode: address.postalCode || null } } } });
  };

  return (
    <form className="address-form" onSubmit={(e) => void submit(e)}>
      <h2>Contact and address</h2>
      {customer ? (
        <p>Ordering as {customer.email}.</p>
      ) : (
        <label>
          Email <input type="email" name="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
      )}
      {FIELDS.map(([name, label]) => (
        <label key={name}>
          {label} <input name={name} value={address[name]} onChange={(e) => setAddress({ ...address, [name]: e.target.value })} required={name !== "postalCode"} />
        </label>
      ))}
      <button type="submit" disabled={emailSet.loading || addressSet.loading}>
        Save address
      </button>
      {cart.shippingAddress && <small> Saved: {cart.shippingAddress.line1}, {cart.shippingAddress.city}</small>}
      {emailResult?.__typename !== "CartUpdated" && <UserErrorMessage error={emailResult} />}
      {addressResult?.__typename !== "CartUpdated" && <UserErrorMessage error={addressResult} />}
      <RequestError error={emailSet.error ?? addressSet.error} />
    </form>
  );
}
