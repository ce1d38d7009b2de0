// The benchmark's static floor: prerendered at build time, served from the build output.
export const dynamic = "force-static";

export function GET() {
  return new Response("<!doctype html><title>Static floor</title><h1>Static floor</h1>", {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
