// The library's URL query as LibraryCriteria for exports, parsed by the library's own parser
// (lib/library/filters.ts), so an export link copied from the library holds what the library
// shows. Junk falls back to "no filter", never to an error; pagination does not apply.
import { parseLibraryQuery, type LibraryQueryInput } from "@/lib/library/filters";
import type { LibraryCriteria } from "@/lib/queries/library";

export function exportCriteria(params: LibraryQueryInput): LibraryCriteria {
  const { page: _page, ...query } = parseLibraryQuery(params);
  return query;
}
