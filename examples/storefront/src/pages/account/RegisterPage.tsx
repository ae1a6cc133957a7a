import { useMutation } from "@apollo/client/react";
import { LoginDocument, RegisterDocument } from "@larder/sdk";
import { afterLogin } from "@larder/sdk/apollo";
import { useState, type FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { RequestError, UserErrorMessage } from "../../components/Messages";

const FIELDS = [
  ["firstName", "First name", "text", "given-name"],
  ["lastName", "Last name", "text", "family-name"],
  ["email", "Email", "email", "email"],
  ["password", "Password (at least 10 characters)", "password", "new-password"],
] as const;

/** /register: `register` creates the account without signing in, so a login follows (with the guest cart merging). */
export function RegisterPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [input, setInput] = useState({ firstName: "", lastName: "", email: "", password: "" });
  const [register, registered] = useMutation(RegisterDocument);
  const [login, loggedIn] = useMutation(LoginDocument, { update: afterLogin });
  const result = registered.data?.register;
  const loginResult = loggedIn.data?.login;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await register({ variables: { input } });
    if (data?.register?.__typename !== "CustomerRegistered") return;
    const { data: signedIn } = await login({ variables: { input: { email: input.email, password: input.password } } });
    if (signedIn?.login?.__typename === "LoggedIn") navigate(params.get("next") ?? "/account");
  };

  return (
    <form className="narrow" onSubmit={(e) => void submit(e)}>
      <h1>Create an account</h1>
      {FIELDS.map(([name, label, type, autoComplete]) => (
        <label key={name}>
          {label} <input name={name} type={type} autoComplete={autoComplete} value={input[name]} onChange={(e) => setInput({ ...input, [name]: e.target.value })} required />
        </label>
      ))}
      <button type="submit" className="primary" disabled={registered.loading || loggedIn.loading}>
        Create account
      </button>
      {result?.__typename !== "CustomerRegistered" && <UserErrorMessage error={result} />}
      {loginResult?.__typename !== "LoggedIn" && <UserErrorMessage error={loginResult} />}
      <RequestError error={registered.error ?? loggedIn.error} />
    </form>
  );
}
