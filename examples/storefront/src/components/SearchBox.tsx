import { useState, type FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";

/** The header's search field: submitting goes to /search?q=…. */
export function SearchBox() {
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get("q") ?? "");
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form role="search" onSubmit={submit} className="search-box">
      <input type="search" aria-label="Search products" placeholder="Search products" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}
