import type { SearchQuery } from "@larder/sdk";
import { useSearchParams } from "react-router";
import { formatMoney } from "../../components/money";
import { optionParam, toggled, withParam } from "./listParams";

type SearchFacets = SearchQuery["search"]["facets"];

/** The facets of a product list, counted over all its products: each one narrows the list through the URL. */
export function Facets({ facets }: { facets: SearchFacets }) {
  const [params, setParams] = useSearchParams();
  return (
    <div className="facets">
      <fieldset>
        <legend>Collection</legend>
        {facets.collections.map(({ collection, count }) => (
          <label key={collection.id}>
            <input type="radio" name="collection" checked={params.get("collection") === collection.slug} onChange={() => setParams(withParam(params, "collection", collection.slug))} />
            {collection.title} <small>({count})</small>
          </label>
        ))}
      </fieldset>
      {facets.options.map((option) => (
        <fieldset key={option.name}>
          <legend>{option.name}</legend>
          {option.values.map(({ value, count }) => (
            <label key={value}>
              <input type="checkbox" checked={params.getAll(optionParam(option.name)).includes(value)} onChange={() => setParams(toggled(params, optionParam(option.name), value))} />
              {value} <small>({count})</small>
            </label>
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>Price</legend>
        {facets.prices.map(({ min, max, count }) => {
          const band = `${min.amount}-${max?.amount ?? ""}`;
          return (
            <label key={band}>
              <input type="radio" name="price" checked={params.get("price") === band} onChange={() => setParams(withParam(params, "price", band))} />
              {max ? `${formatMoney(min)} – ${formatMoney(max)}` : `${formatMoney(min)} and up`} <small>({count})</small>
            </label>
          );
        })}
      </fieldset>
      <button type="button" onClick={() => setParams(params.has("q") ? { q: params.get("q")! } : {})}>
        Clear filters
      </button>
    </div>
  );
}
