import { useMutation } from "@apollo/client/react";
import { ApplyCouponDocument, RemoveCouponDocument, type CartDetailsFragment } from "@larder/sdk";
import { useState, type FormEvent } from "react";
import { RequestError, UserErrorMessage } from "../../components/Messages";

/** The coupons on the cart, and a field to add one; a code the shop cannot take answers a typed error, shown as it came. */
export function CouponForm({ coupons }: { coupons: CartDetailsFragment["coupons"] }) {
  const [code, setCode] = useState("");
  const [apply, applied] = useMutation(ApplyCouponDocument);
  const [remove] = useMutation(RemoveCouponDocument);
  const result = applied.data?.applyCoupon;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await apply({ variables: { input: { code: code.trim() } } });
    if (data?.applyCoupon.__typename === "CartUpdated") setCode("");
  };
  return (
    <div className="coupons">
      {coupons.map((coupon) => (
        <p key={coupon.code} className="coupon">
          Coupon <strong>{coupon.code}</strong>
          {!coupon.applicable && <small className="error"> (not applied: {coupon.problem})</small>}{" "}
          <button type="button" className="link" onClick={() => void remove({ variables: { input: { code: coupon.code } } })}>
            Remove
          </button>
        </p>
      ))}
      <form onSubmit={(e) => void submit(e)}>
        <label>
          Coupon code <input value={code} onChange={(e) => setCode(e.target.value)} required />
        </label>
        <button type="submit" disabled={applied.loading}>
          Apply
        </button>
      </form>
      {result?.__typename === "CouponUnavailable" ? (
        <UserErrorMessage error={{ code: result.reason, message: result.message }} />
      ) : (
        result?.__typename !== "CartUpdated" && <UserErrorMessage error={result} />
      )}
      <RequestError error={applied.error} />
    </div>
  );
}
