import { useMutation } from "@apollo/client/react";
import { LoginDocument } from "@larder/sdk";
import { afterLogin } from "@larder/sdk/apollo";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { RequestError, UserErrorMessage } from "../../components/Messages";

/**
 * /signin?next=…: signing in moves a guest cart into the account's cart. The login answer carries
 * that cart, and `afterLogin` makes it the cached cart, so nothing is fetched again.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [login, { data, loading, error }] = useMutation(LoginDocument, { update: afterLogin });
  const result = data?.login;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await login({ variables: { input: { email, password } } });
    if (data?.login?.__typename !== "LoggedIn") return;
    const merged = data.login.guestCartMerge?.mergedLines ?? 0;
    navigate(params.get("next") ?? "/account", { state: { notice: merged > 0 ? `We moved ${merged} ${merged === 1 ? "line" : "lines"} from your guest cart into your cart.` : null } });
  };

  return (
    <form className="narrow" onSubmit={(e) => void submit(e)}>
      <h1>Sign in</h1>
      <label>
        Email <input type="email" name="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        Password <input type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
      <button type="submit" className="primary" disabled={loading}>
        Sign in
      </button>
      {result?.__typename !== "LoggedIn" && <UserErrorMessage error={result} />}
      <RequestError error={error} />
      <p>
        New here? <Link to={`/register${params.has("next") ? `?next=${encodeURIComponent(params.get("next")!)}` : ""}`}>Create an account</Link>
      </p>
    </form>
  );
}
