import type { ProductCardFragment } from "@larder/sdk";
import { Link } from "react-router";
import { formatMoney } from "../../components/money";

export function ProductCard({ product }: { product: ProductCardFragment }) {
  const prices = product.priceRange;
  return (
    <li className="product-card">
      <Link to={`/products/${product.slug}`}>
        {product.featuredImage && <img src={product.featuredImage.url} alt={product.featuredImage.alt} width={product.featuredImage.width} height={product.featuredImage.height} />}
        <span className="title">{product.title}</span>
        {prices && <span className="price">{prices.min.amount === prices.max.amount ? formatMoney(prices.min) : `from ${formatMoney(prices.min)}`}</span>}
        {!product.availableForSale && <span className="sold-out">Sold out</span>}
      </Link>
    </li>
  );
}
