/**
 * What must happen at the payment provider before an order moves (capture on shipment, void or
 * refund on cancellation). Payments sit above orders, so the server wires the payments module in
 * here (`services.onOrderMove`), as it wires the login hooks. It runs under the order's row lock,
 * before the move writes anything; a user error it answers stops the move, and it writes nothing then.
 */
import type { Tx } from "../../db/sql.js";
import type { UserError } from "../../shared/errors.js";
import type { OrderState } from "./order-state.js";

export interface OrderMove {
  orderId: string;
  from: OrderState;
  to: OrderState;
  staffId: string | null;
  customerId: string | null;
  /** What the move says about itself (a cancellation's reason). */
  note: string;
}

export type OrderMoveHook = (tx: Tx, move: OrderMove) => Promise<UserError | null>;
