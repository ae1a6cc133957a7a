/**
 * Tells staff who manage webhooks that an endpoint was disabled for failing: an event consumer
 * mailing each of them. A repeated event sends mail with the same Message-ID (the event's id and
 * the staff member's), which the database transport records once and receivers recognise.
 */
import type { Db } from "../../db/sql.js";
import type { Mailer } from "../../mail/mailer.js";
import type { MailTemplates } from "../../mail/templates.js";
import type { EventConsumer } from "../events/dispatch.js";
import { Permission } from "../identity/permission.js";
import { staffHolding } from "../identity/staff/grants.js";

const TEMPLATE = "webhook-endpoint-disabled";

export function endpointDisabledMailConsumer(deps: { db: Db; mailer: Mailer; templates: MailTemplates; from: string }): EventConsumer {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(deps.from)?.[1] ?? "localhost";
  return {
    name: "webhook-disabled-mail",
    types: ["webhook.endpoint.disabled"],
    async handle(event) {
      if (event.type !== "webhook.endpoint.disabled") return;
      for (const staff of await staffHolding(deps.db, Permission.WEBHOOKS_MANAGE)) {
        await deps.mailer.send({
          to: staff.email,
          kind: TEMPLATE,
          messageId: `<${event.id}.${staff.id}.${TEMPLATE}@${domain}>`,
          ...deps.templates.render(TEMPLATE, { name: staff.name, url: event.payload.url, reason: event.payload.reason }),
        });
      }
    },
  };
}
