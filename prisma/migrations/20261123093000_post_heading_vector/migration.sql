-- A small search vector over a post's heading (title A, authors B), kept by the same
-- trigger as "searchVector". Relevance puts heading matches first: they are found through
-- this vector's GIN index without reading the large "searchVector" (which holds the
-- review text) of every match, so a search's first page does not grow with the library.
ALTER TABLE "Post" ADD COLUMN "headingVector" tsvector;

CREATE OR REPLACE FUNCTION post_search_vector_refresh() RETURNS trigger AS $$
BEGIN
  NEW."headingVector" :=
    setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."authorsText", '')), 'B');
  NEW."searchVector" :=
    NEW."headingVector" ||
    setweight(to_tsvector('english', left(coalesce(NEW."summary", '') || ' ' || coalesce(NEW."body", ''), 100000)), 'C') ||
    setweight(to_tsvector('english', left(coalesce(NEW."reviewsText", ''), 200000)), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- The trigger fires on UPDATE OF the text columns only, so this backfill leaves
-- "searchVector" as it is.
UPDATE "Post" SET "headingVector" =
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("authorsText", '')), 'B');

-- CreateIndex
CREATE INDEX "Post_headingVector_idx" ON "Post" USING GIN ("headingVector");
