/**
 * Outgoing mail. Messages carry single-use tokens, so no implementation may log their text.
 * `database` records messages in `mail_message` (development, tests); `smtp` sends them through
 * the server SMTP_URL names (nodemailer); `none` drops them with a warning. Mail is sent by jobs
 * (src/worker/tasks.ts), so a failed send is retried and a stopped process loses none.
 */
import nodemailer from "nodemailer";
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
  html: string;
  /**
   * The `Message-ID`, made from what caused the message (an event's id): a message sent again,
   * because delivery is at least once, carries the same one, so receivers can tell it is a repeat.
   */
  messageId?: string;
}

/** Sends one message; rejects when the transport fails. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Records every message in the `mail_message` table, a repeated `Message-ID` once. */
function databaseMailer(sql: Sql): Mailer {
  return {
    async send(message) {
      await sql.execute`
        INSERT INTO mail_message (id, recipient, kind, subject, text, html, message_id)
        VALUES (${uuidv7()}::uuid, ${message.to}, ${message.kind}, ${message.subject}, ${message.text}, ${message.html}, ${message.messageId ?? null})
        ON CONFLICT (message_id) DO NOTHING`;
    },
  };
}

/** Sends through SMTP (`smtp://user:pass@host:587`, or `smtps://` for TLS from the start). */
function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: message.messageId });
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

/** The mailer `config.mail.transport` names. */
export function createMailer(config: Config, sql: Sql, log: Logger): Mailer {
  const { mail } = config;
  if (mail.transport === "smtp") return smtpMailer(mail.smtpUrl!, mail.from);
  return mail.transport === "database" ? databaseMailer(sql) : disabledMailer(log);
}
