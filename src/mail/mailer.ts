/**
 * Outgoing mail. Messages carry single-use tokens, so no implementation may log their text.
 * `database` records messages in `mail_message` (development, tests, or an outbox that a relay
 * sends from); `none` drops them with a warning. A real transport implements `Mailer`.
 */
import type { Config } from "../config.js";
import type { Sql } from "../db/sql.js";
import { uuidv7 } from "../shared/uuid.js";
import type { Logger } from "../shared/logger.js";

export interface MailMessage {
  to: string;
  /** What the message is for, e.g. `email-verification`; recorded and logged instead of the text. */
  kind: string;
  subject: string;
  text: string;
}

/** Sends one message; rejects when the transport fails. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Records every message in the `mail_message` table. */
function databaseMailer(sql: Sql): Mailer {
  return {
    async send(message) {
      await sql.execute`
        INSERT INTO mail_message (id, recipient, kind, subject, text) VALUES (${uuidv7()}::uuid, ${message.to}, ${message.kind}, ${message.subject}, ${message.text})`;
    },
  };
}

/** Drops messages; the log says which kind was dropped, never the text or the recipient. */
function disabledMailer(log: Logger): Mailer {
  return {
    async send(message) {
      log.warn({ kind: message.kind }, "mail not sent: MAIL_TRANSPORT is none");
    },
  };
}

/** The mailer `config.mailTransport` names. */
export function createMailer(config: Config, sql: Sql, log: Logger): Mailer {
  return config.mailTransport === "database" ? databaseMailer(sql) : disabledMailer(log);
}
