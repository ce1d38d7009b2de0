-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "sortDate" TIMESTAMP(3) NOT NULL DEFAULT '1970-01-01 00:00:00'::timestamp without time zone;

-- CreateIndex
CREATE INDEX "Post_sortDate_id_idx" ON "Post"("sortDate" DESC, "id");

-- Kept by a trigger so every writer (app, import, restore, seed) gets it for free.
CREATE FUNCTION post_sort_date_refresh() RETURNS trigger AS $$
BEGIN
  NEW."sortDate" := coalesce(NEW."publishedAt", TIMESTAMP '1970-01-01 00:00:00');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER post_sort_date_refresh
  BEFORE INSERT OR UPDATE OF "publishedAt" ON "Post"
  FOR EACH ROW EXECUTE FUNCTION post_sort_date_refresh();

UPDATE "Post" SET "sortDate" = coalesce("publishedAt", TIMESTAMP '1970-01-01 00:00:00');
