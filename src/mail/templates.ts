/**
 * Mail templates: files a shop can change. Each mail `<name>` has three files, `<name>.subject`,
 * `<name>.txt` and `<name>.html`, Mustache templates (`{{shopName}}`, `{{#lines}}…{{/lines}}`).
 * They are read from MAIL_TEMPLATES_DIR first, then from the shipped `mail-templates/` folder, file
 * by file, so a shop overrides only what it changes. Values are HTML-escaped in `.html` files only.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Mustache from "mustache";
import type { MailConfig } from "../config.js";

/** The shipped templates, relative to the working directory like `prisma/migrations`. */
const SHIPPED = "mail-templates";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const asIs = (value: unknown) => String(value);

export class MailTemplates {
  private readonly folders: string[];

  constructor(private readonly config: MailConfig) {
    this.folders = [config.templatesDir, SHIPPED].filter((dir): dir is string => dir !== undefined);
  }

  private file(name: string): string {
    for (const folder of this.folders) {
      const file = path.join(folder, name);
      // Files are read per message, so a shop's edit applies to the next mail without a restart.
      if (existsSync(file)) return readFileSync(file, "utf8");
    }
    throw new Error(`mail template ${name} not found in ${this.folders.join(", ")}`);
  }

  /** The mail `name` for `view`, which also gets `shopName`. */
  render(name: string, view: Record<string, unknown>): RenderedMail {
    const values = { shopName: this.config.shopName, ...view };
    const plain = (file: string) => Mustache.render(this.file(file), values, undefined, { escape: asIs });
    return {
      // A subject is one line whatever a value holds.
      subject: plain(`${name}.subject`).replace(/\s+/g, " ").trim(),
      text: plain(`${name}.txt`),
      html: Mustache.render(this.file(`${name}.html`), values),
    };
  }

  /** A decimal amount ("19.99") in `currencyCode`, formatted for the shop's locale ("€19.99", "19,99 €"). */
  money(amount: string, currencyCode: string): string {
    // Display only: the decimal string becomes a float here and nowhere else.
    return new Intl.NumberFormat(this.config.locale, { style: "currency", currency: currencyCode }).format(Number(amount));
  }
}
