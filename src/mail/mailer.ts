/**
 * Outgoing mail. Messages carry single-use tokens, so no implementation may log their text.
 * `database` records messages in `mail_message` (development, tests, or an outbox that a relay
 * sends from); `none` drops them with a warning. A real transport implements `Mailer`.
 */
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
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
function databaseMailer(db: Db): Mailer {
  return {
    async send(message) {
      await db.mailMessage.create({ data: { recipient: message.to, kind: message.kind, subject: message.subject, text: message.text } });
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
export function createMailer(config: Config, db: Db, log: Logger): Mailer {
  return config.mailTransport === "database" ? databaseMailer(db) : disabledMailer(log);
}
