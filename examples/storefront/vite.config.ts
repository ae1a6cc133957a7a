import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dev and preview servers forward the API's paths to it, so the browser sees one origin: the
// API's httpOnly session and guest-cart cookies work as they are, and no CORS setup is needed.
const api = process.env.LARDER_API_URL ?? "http://127.0.0.1:4000";
const proxy = { "/graphql": api, "/images": api };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
});
