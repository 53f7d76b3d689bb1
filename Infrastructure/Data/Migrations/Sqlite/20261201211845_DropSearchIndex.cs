using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// Search reads an in-memory corpus (decision 0020), so the FTS5 trigram table over Tracks.SearchText, its
    /// three triggers and the B-tree index on SearchText only cost every written track: dropped. Down brings them back.
    /// </summary>
    public partial class DropSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Tracks_SearchIndex_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Tracks_SearchIndex_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Tracks_SearchIndex_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "TrackSearchIndex";""");

            migrationBuilder.DropIndex(
                name: "IX_Tracks_SearchText",
                table: "Tracks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tracks_SearchText",
                table: "Tracks",
                column: "SearchText");

            // As 20261121000005_TrackSearchIndex made them.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "TrackSearchIndex" USING fts5("SearchText", content='Tracks', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Tracks_SearchIndex_Insert" AFTER INSERT ON "Tracks" BEGIN
                    INSERT INTO "TrackSearchIndex"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Tracks_SearchIndex_Delete" AFTER DELETE ON "Tracks" BEGIN
                    INSERT INTO "TrackSearchIndex"("TrackSearchIndex", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Tracks_SearchIndex_Update" AFTER UPDATE OF "SearchText" ON "Tracks" BEGIN
                    INSERT INTO "TrackSearchIndex"("TrackSearchIndex", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                    INSERT INTO "TrackSearchIndex"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "TrackSearchIndex"("TrackSearchIndex") VALUES ('rebuild');""");
        }
    }
}
