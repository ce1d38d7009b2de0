-- "top rated" sorts ratingMean DESC NULLS LAST (unrated posts last), ratingCount DESC, id.
-- Prisma's schema cannot say NULLS LAST, so it is written here by hand; Prisma's diff
-- does not compare null ordering, so it sees no drift.
DROP INDEX "Post_ratingMean_id_idx";
CREATE INDEX "Post_ratingMean_ratingCount_id_idx" ON "Post"("ratingMean" DESC NULLS LAST, "ratingCount" DESC, "id");

-- The library's count reads draft (and createdById for a signed-in viewer's own drafts):
-- with this index it is an index-only scan rather than a pass over every wide Post row.
CREATE INDEX "Post_draft_createdById_idx" ON "Post"("draft", "createdById");
