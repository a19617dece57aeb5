/**
 * The live preview's server for authors: Vite serving the player and the course, reloading on
 * every save in the course folder (`npm run dev`, scripts/dev.ts).
 */
import { createServer, type ViteDevServer } from "vite";
import { playerConfig } from "./player-config.js";

export async function startPreview(courseDir: string, port = 5173): Promise<ViteDevServer> {
  const server = await createServer({
    ...playerConfig(courseDir, "build/dev"),
    configFile: false,
    logLevel: "info",
    server: { port, strictPort: false, host: "127.0.0.1" },
  });
  await server.listen();
  return server;
}
