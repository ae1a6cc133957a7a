/** Baseline: bare Apollo Server 5 (its own standalone HTTP server, default settings). */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const server = new ApolloServer({
  typeDefs: "type Query { hello: String! }",
  resolvers: { Query: { hello: () => "Hello, World!" } },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
process.send!({ port: Number(new URL(url).port) });
