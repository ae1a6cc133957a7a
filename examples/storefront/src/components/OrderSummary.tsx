import type { OrderDetailsFragment } from "@larder/sdk";
import { formatMoney } from "./money";
import { Totals } from "./Totals";

/** An order's lines, address and totals, as placed. */
export function OrderSummary({ order }: { order: OrderDetailsFragment }) {
  const address = order.shippingAddress;
  return (
    <div className="order-summary">
      <table>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>
                {line.productTitle} <small>{line.variantTitle}</small>
              </td>
              <td>
                {line.quantity} × {formatMoney(line.unitPrice)}
              </td>
              <td>{formatMoney(line.subtotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {address && (
        <p>
          Ships to {address.firstName} {address.lastName}, {address.line1}, {address.postalCode} {address.city}, {address.countryCode}
          {order.shippingMethod && ` (${order.shippingMethod.name})`}
        </p>
      )}
      <Totals totals={order.totals} />
    </div>
  );
}
