// The answer while the database is unreachable: a 503 the user can read (a page for
// browsers, JSON for the API), no stack, and a hint to retry. Plain HTML without scripts,
// so it needs nothing from the app that might itself be failing.
const TITLE = "The library is unavailable for a moment";
const MESSAGE = "The database is unreachable right now. Nothing you saved is lost; try again in a few seconds.";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE} - Alignment Reading Tracker</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: #1f2328; background: #fafaf7; }
  main { max-width: 36rem; margin: 15vh auto; padding: 0 1.5rem; }
  h1 { font-size: 1.5rem; }
  a { color: #0b5cad; }
</style>
</head>
<body>
<main>
<h1>${TITLE}</h1>
<p>${MESSAGE}</p>
<p><a href="">Try again</a></p>
</main>
</body>
</html>
`;

export function unavailableResponse(pathname: string): Response {
  const headers = { "cache-control": "no-store", "retry-after": "5" };
  if (pathname.startsWith("/api/")) {
    return Response.json({ status: "unavailable", error: MESSAGE }, { status: 503, headers });
  }
  return new Response(PAGE, { status: 503, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
