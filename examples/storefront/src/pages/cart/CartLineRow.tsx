import { useMutation } from "@apollo/client/react";
import { RemoveCartLineDocument, UpdateCartLineDocument, type CartDetailsFragment } from "@larder/sdk";
import { RequestError, UserErrorMessage } from "../../components/Messages";
import { formatMoney } from "../../components/money";

type Line = CartDetailsFragment["lines"][number];

/**
 * One line of the cart with its quantity buttons. Every cart mutation answers the whole cart,
 * which the SDK's cache stores under the cart's id, so the page and the header update themselves.
 */
export function CartLineRow({ line }: { line: Line }) {
  const [update, updated] = useMutation(UpdateCartLineDocument);
  const [remove, removed] = useMutation(RemoveCartLineDocument);
  const busy = updated.loading || removed.loading;
  const setQuantity = (quantity: number) => void update({ variables: { input: { lineId: line.id, quantity } } });
  const image = line.variant?.featuredImage;
  const updateResult = updated.data?.updateCartLine;
  const removeResult = removed.data?.removeCartLine;
  return (
    <tr>
      <td>{image && <img src={image.url} alt={image.alt} width={48} height={48} />}</td>
      <td>
        <strong>{line.productTitle}</strong>
        <br />
        <small>{line.variantTitle}</small>
        {!line.availableForSale && <p className="error">No longer available</p>}
        {updateResult?.__typename !== "CartUpdated" && <UserErrorMessage error={updateResult} />}
        {removeResult?.__typename !== "CartUpdated" && <UserErrorMessage error={removeResult} />}
        <RequestError error={updated.error ?? removed.error} />
      </td>
      <td>{formatMoney(line.unitPrice)}</td>
      <td className="quantity">
        <button type="button" aria-label="One less" disabled={busy || line.quantity <= 1} onClick={() => setQuantity(line.quantity - 1)}>
          −
        </button>
        <span data-testid="line-quantity">{line.quantity}</span>
        <button type="button" aria-label="One more" disabled={busy} onClick={() => setQuantity(line.quantity + 1)}>
          +
        </button>
      </td>
      <td>{formatMoney(line.subtotal)}</td>
      <td>
        <button type="button" className="link" disabled={busy} onClick={() => void remove({ variables: { input: { lineId: line.id } } })}>
          Remove
        </button>
      </td>
    </tr>
  );
}
