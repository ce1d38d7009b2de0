-- Counting or paging an agenda's posts starts from their ids (PostAgenda) and needs only
-- each post's visibility (draft, createdById) and, for "newest", its sortDate. Through this
-- index those are index-only lookups; through Post_pkey each is a read of a wide heap row,
-- a cache miss once the library outgrows shared_buffers. Plain key columns rather than
-- INCLUDE so that schema.prisma can declare it and `prisma migrate diff` sees no drift.
CREATE INDEX "Post_id_draft_createdById_sortDate_idx" ON "Post"("id", "draft", "createdById", "sortDate");
