// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  // Node.js server only, and not while `next build` loads the app to prerender it.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { resumeImportsInBackground } = await import("@/lib/import/apply/server");
  resumeImportsInBackground();
}
