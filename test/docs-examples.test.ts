/**
 * Every ```graphql block in README.md and docs/*.md runs as written. Per file, in document order,
 * the blocks go to a server whose database holds what `npm start` puts into a new database: the
 * demo catalog and the super-admin of ADMIN_EMAIL / ADMIN_PASSWORD as the README's start command
 * sets them. Each file has a cookie jar of its own, as GraphiQL in a browser has, so a guest cart
 * or a session cookie set by one block goes with the next blocks of that file.
 *
 * The conventions a block may use (docs/api.md, "Running the examples", explains them to readers):
 * - One operation per block.
 * - A ```json block right after a ```graphql block (nothing but blank lines between) holds its
 *   variables. A variable value "<from OperationName: path.to[0].field>" stands for that value in
 *   the answer (`data`) to the latest block of the same file whose operation has that name;
 *   "<from mail: token>" stands for the token in the newest mail the previous block caused.
 * - A line `# as: staff` runs the block signed in as staff: the test signs in with loginStaff and
 *   sends `Authorization: Bearer <token>`.
 * - A line `# expect: Name` marks a block that shows an error: its answer must contain the user
 *   error type Name or a GraphQL error whose extensions.code is Name, and no other error.
 * Anything else fails: an HTTP status other than 200, GraphQL errors, null data or a null root
 * field, a user error anywhere in the answer (the test asks for `__typename` on every object to
 * see them, as Apollo Client does), or a placeholder that cannot be filled.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, Kind, parse, print, visit, type ASTNode, type DocumentNode, type FieldNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/shared/logger.js";
import { loadStartData } from "../src/start-data.js";
import { query } from "./helpers/database.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

interface Example {
  file: string;
  line: number;
  document: DocumentNode;
  operationName: string | undefined;
  variables: unknown;
  asStaff: boolean;
  expected: string | undefined;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const FILES = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).sort().map((name) => path.join("docs", name))];
const MARKER = /^\s*#\s*(as|expect):\s*(\S+)\s*$/;
const PLACEHOLDER = /^<from (\w+): ([\w.[\]]+)>$/;

/** The examples of one Markdown file, in document order. */
function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: { lang: string; line: number; text: string; after: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A fence as CommonMark reads it: three or more backticks, an info string without backticks.
    const open = /^ {0,3}(`{3,})\s*([^`\s]*)[^`]*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const close = new RegExp(`^ {0,3}${open[1]}\`*\\s*$`);
    while (++i < lines.length && !close.test(lines[i]!));
    blocks.push({ lang: open[2]!, line: start + 1, text: lines.slice(start + 1, i).join("\n"), after: i + 1 });
  }
  return blocks.flatMap((block, index) => {
    if (block.lang !== "graphql") return [];
    const next = blocks[index + 1];
    const variablesFollow = next?.lang === "json" && lines.slice(block.after, next.line - 1).every((line) => line.trim() === "");
    const markers = new Map<string, string>();
    for (const line of block.text.split("\n")) {
      const marker = MARKER.exec(line);
      if (marker) markers.set(marker[1]!, marker[2]!);
    }
    const document = parse(block.text);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1) throw new Error(`${file}:${block.line}: a block holds exactly one operation`);
    if (markers.has("as") && markers.get("as") !== "staff") throw new Error(`${file}:${block.line}: only "# as: staff" is known`);
    return [{
      file,
      line: block.line,
      document,
      operationName: operations[0]!.name?.value,
      variables: variablesFollow ? JSON.parse(next.text) : undefined,
      asStaff: markers.has("as"),
      expected: markers.get("expect"),
    }];
  });
}

/** Asks for `__typename` on every object below the root, so user errors show in any answer. */
function withTypenames(document: DocumentNode): DocumentNode {
  const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if ((parent as ASTNode | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
      return { ...node, selections: [...node.selections, typename] };
    },
  });
}

const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
const USER_ERRORS = new Set(schema.getPossibleTypes(schema.getType("UserError") as never).map((type) => type.name));

/** Every `__typename` in an answer. */
function typenames(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) typenames(item, found);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "__typename" && typeof item === "string") found.push(item);
      else typenames(item, found);
    }
  }
  return found;
}

/** The value at `a.b[0].c` in `data`. */
function at(data: unknown, route: string): unknown {
  return route.split(/\.|\[(\d+)\]/).filter((step) => step !== undefined && step !== "").reduce<unknown>((value, step) => (value as Record<string, unknown> | undefined)?.[step], data);
}

/** The ADMIN_EMAIL and ADMIN_PASSWORD the README starts the server with. */
function readmeAdmin(): { ADMIN_EMAIL: string; ADMIN_PASSWORD: string } {
  const command = /ADMIN_EMAIL=(\S+) ADMIN_PASSWORD='([^']+)' npm start/.exec(readFileSync("README.md", "utf8"));
  if (!command) throw new Error("README.md: no `ADMIN_EMAIL=… ADMIN_PASSWORD='…' npm start` command");
  return { ADMIN_EMAIL: command[1]!, ADMIN_PASSWORD: command[2]! };
}

/** The newest recorded mail's token, once there are more than `before` messages. */
async function mailedToken(server: TestServer, before: number): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const [newest] = await query<{ text: string; total: number }>(server.databaseUrl, "SELECT text, count(*) OVER ()::int AS total FROM mail_message ORDER BY created_at DESC, id DESC LIMIT 1");
    if (newest && newest.total > before) return /token=([A-Za-z0-9_-]{43})/.exec(newest.text)![1]!;
    if (Date.now() > deadline) throw new Error("the previous block sent no mail");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function mailCount(server: TestServer): Promise<number> {
  return (await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM mail_message"))[0]!.n;
}

const examples = FILES.map((file) => ({ file, examples: examplesOf(file) }));

it("finds the examples, the walkthrough's among them", () => {
  expect(examples.find((f) => f.file === "README.md")!.examples.length).toBeGreaterThanOrEqual(5);
  expect(examples.find((f) => f.file === path.join("docs", "api.md"))!.examples.length).toBeGreaterThanOrEqual(20);
});

for (const { file, examples: fileExamples } of examples.filter((f) => f.examples.length > 0)) {
  // A document is read top to bottom: its examples use the answers and the session of earlier ones.
  describe(file, { shuffle: false }, () => {
    const admin = readmeAdmin();
    let server: TestServer;
    const cookies = new Map<string, string>();
    const answers = new Map<string, Answer>();
    let staffToken: string | undefined;
    let mailsBeforePrevious = 0;

    beforeAll(async () => {
      // The documented defaults, as a reader's server has them (the suite lifts these limits).
      server = await startTestServer({ ...admin, UNPAID_ORDERS_PER_BUYER: "2", UNPAID_ORDERS_PER_ADDRESS: "4", UNPAID_ORDER_STOCK_PERCENT: "25" });
      await loadStartData(server.database, server.config, createLogger("silent").log);
    });
    afterAll(() => server.stop());

    async function send(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; answer: Answer }> {
      const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
      const response = await server.post(body, { ...(cookie ? { cookie } : {}), ...headers });
      for (const line of response.headers.getSetCookie()) {
        const [pair, ...attributes] = line.split("; ");
        const [name, value] = [pair!.slice(0, pair!.indexOf("=")), pair!.slice(pair!.indexOf("=") + 1)];
        if (value === "" || attributes.includes("Max-Age=0")) cookies.delete(name);
        else cookies.set(name, value);
      }
      return { status: response.status, answer: (await response.json()) as Answer };
    }

    async function staffAuthorization(): Promise<Record<string, string>> {
      if (!staffToken) {
        // Outside the cookie jar: the reader's own session stays what the examples made it.
        const response = await server.post({
          query: "mutation ($email: String!, $password: String!) { loginStaff(input: { email: $email, password: $password }) { ... on StaffLoggedIn { token } } }",
          variables: { email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD },
        });
        const answer = (await response.json()) as Answer;
        staffToken = (answer.data?.loginStaff as { token?: string } | null)?.token;
        if (!staffToken) throw new Error(`loginStaff failed: ${JSON.stringify(answer)}`);
      }
      return { authorization: `Bearer ${staffToken}` };
    }

    /** The variables with their placeholders filled. */
    async function fill(value: unknown): Promise<unknown> {
      if (Array.isArray(value)) return Promise.all(value.map(fill));
      if (value && typeof value === "object") return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await fill(v)])));
      if (typeof value !== "string" || !value.startsWith("<")) return value;
      const placeholder = PLACEHOLDER.exec(value);
      if (!placeholder) throw new Error(`unknown placeholder ${value}`);
      const [, source, route] = placeholder;
      if (source === "mail" && route === "token") return mailedToken(server, mailsBeforePrevious);
      const answer = answers.get(source!);
      if (!answer) throw new Error(`${value}: no earlier block in ${file} runs an operation named ${source}`);
      const filled = at(answer.data, route!);
      if (filled === undefined || filled === null) throw new Error(`${value}: the answer to ${source} has nothing at ${route}`);
      return filled;
    }

    for (const example of fileExamples) {
      it(`line ${example.line}: ${example.operationName ?? "anonymous operation"}`, async () => {
        const variables = await fill(example.variables);
        const headers = example.asStaff ? await staffAuthorization() : {};
        mailsBeforePrevious = await mailCount(server);
        const { status, answer } = await send({ query: print(withTypenames(example.document)), variables }, headers);
        if (example.operationName) answers.set(example.operationName, answer);
        const summary = JSON.stringify(answer);
        expect(status, summary).toBe(200);
        const codes = (answer.errors ?? []).map((error) => error.extensions?.code ?? error.message);
        const userErrors = typenames(answer.data).filter((name) => USER_ERRORS.has(name));
        if (example.expected) {
          expect([...codes, ...userErrors], summary).toContain(example.expected);
          expect([...codes, ...userErrors].filter((name) => name !== example.expected), summary).toEqual([]);
          return;
        }
        expect(codes, summary).toEqual([]);
        expect(userErrors, summary).toEqual([]);
        expect(answer.data, summary).toBeTruthy();
        expect(Object.entries(answer.data!).filter(([, value]) => value === null).map(([field]) => field), summary).toEqual([]);
      });
    }
  });
}
