import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules as is.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Separate build folders let e2e runs and parallel dev servers coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  typescript: { tsconfigPath: "tsconfig.next.json" },
  // Imports upload whole library exports through a server action (the Zotero CSV of the
  // field is 2.9 MB); the importer itself rejects junk with a clear message.
  // proxy.ts runs in front of every action (the cross-site write guard), and Next buffers a
  // request's body for the proxy up to proxyClientMaxBodySize (10 MB by default), truncating
  // the rest: an upload over 10 MB then failed with "Failed to parse body as FormData".
  experimental: { serverActions: { bodySizeLimit: "64mb" }, proxyClientMaxBodySize: "64mb" },
};

export default nextConfig;
