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
  experimental: { serverActions: { bodySizeLimit: "64mb" } },
};

export default nextConfig;
