import { useQuery } from "@apollo/client/react";
import { ProductPageDocument, type ProductPageQuery } from "@larder/sdk";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { RequestError } from "../../components/Messages";
import { formatMoney } from "../../components/money";
import { AddToCart } from "./AddToCart";
import { OptionPicker } from "./OptionPicker";
import { canBuyWith, choiceOf, variantFor, type Choice } from "./variants";

/** /products/:slug */
export function ProductPage() {
  const { slug = "" } = useParams();
  const { data, loading, error } = useQuery(ProductPageDocument, { variables: { slug } });
  if (loading) return <p>Loading…</p>;
  if (error) return <RequestError error={error} />;
  if (!data?.product) return <p>There is no such product.</p>;
  return <ProductDetails key={data.product.id} product={data.product} />;
}

/** The product with its option pickers: the options chosen select the variant whose price, picture and stock show. */
function ProductDetails({ product }: { product: NonNullable<ProductPageQuery["product"]> }) {
  const variants = product.variants.nodes;
  const [choice, setChoice] = useState<Choice>(() => choiceOf(variants.find((v) => v.availableForSale) ?? variants[0]));
  const variant = variantFor(variants, choice);
  const image = variant?.featuredImage ?? product.featuredImage;
  return (
    <article className="product">
      {image && <img src={image.url} alt={image.alt} className="product-image" />}
      <div>
        <p className="breadcrumbs">
          {product.collections.map((c) => (
            <Link key={c.id} to={`/products?collection=${c.slug}`}>
              {c.title}
            </Link>
          ))}
        </p>
        <h1>{product.title}</h1>
        <p className="price" data-testid="price">
          {variant ? formatMoney(variant.price) : "This combination is not available"}
          {variant?.compareAtPrice && <s>{formatMoney(variant.compareAtPrice)}</s>}
        </p>
        {product.options.map((option) => (
          <OptionPicker
            key={option.id}
            option={option}
            selected={choice[option.name]}
            canBuy={(value) => canBuyWith(variants, choice, option.name, value)}
            onSelect={(value) => setChoice({ ...choice, [option.name]: value })}
          />
        ))}
        {variant && <p className="sku">SKU {variant.sku}</p>}
        <AddToCart variant={variant} />
        <p>{product.description}</p>
      </div>
    </article>
  );
}
