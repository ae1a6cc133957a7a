import type { ProductSort } from "@larder/sdk";
import { useSearchParams } from "react-router";
import { SORTS, withParam } from "./listParams";

export function SortSelect({ sort }: { sort: ProductSort }) {
  const [params, setParams] = useSearchParams();
  return (
    <label>
      Sort by{" "}
      <select value={sort} onChange={(e) => setParams(withParam(params, "sort", e.target.value))}>
        {SORTS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}
