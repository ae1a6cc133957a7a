import type { TotalsDetailsFragment } from "@larder/sdk";
import { formatMoney } from "./money";

/** The totals of a cart or an order. */
export function Totals({ totals }: { totals: TotalsDetailsFragment }) {
  return (
    <dl className="totals">
      <dt>Subtotal</dt>
      <dd>{formatMoney(totals.subtotal)}</dd>
      {Number(totals.discount.amount) > 0 && (
        <>
          <dt>Discount</dt>
          <dd>−{formatMoney(totals.discount)}</dd>
        </>
      )}
      <dt>Shipping</dt>
      <dd>{formatMoney(totals.shipping)}</dd>
      <dt>Tax{totals.pricesIncludeTax ? " (included)" : ""}</dt>
      <dd>{formatMoney(totals.tax)}</dd>
      <dt className="total">Total</dt>
      <dd className="total" data-testid="total">
        {formatMoney(totals.total)}
      </dd>
    </dl>
  );
}
