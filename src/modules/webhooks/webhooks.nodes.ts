/** `node(id:)` for webhook endpoints and deliveries: for staff with WEBHOOKS_MANAGE, like the lists. */
import type { NodeFetchers } from "../node/node.fetchers.js";
import { DELIVERY_COLUMNS, toDelivery, type DeliveryRow } from "./delivery.types.js";
import { ENDPOINT_COLUMNS, toEndpoint, type EndpointRow } from "./endpoint.types.js";
import { webhooksManage } from "./webhook.rules.js";

export const webhooksNodes: NodeFetchers = {
  WebhookEndpoint: async (ctx, id) => {
    if (!webhooksManage.allows(ctx.viewer)) return null;
    const [row] = await ctx.sql.query<EndpointRow>(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint we WHERE we.id = $1::uuid`, [id]);
    return row ? toEndpoint(row) : null;
  },
  WebhookDelivery: async (ctx, id) => {
    if (!webhooksManage.allows(ctx.viewer)) return null;
    const [row] = await ctx.sql.query<DeliveryRow>(`SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery wd WHERE wd.id = $1::uuid`, [id]);
    return row ? toDelivery(row) : null;
  },
};
