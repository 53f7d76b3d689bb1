using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>
/// An FTS5 trigram index over Tracks.SearchText, so song search (LIKE '%term%') is indexed on SQLite
/// as the trigram GIN index makes it on PostgreSQL. External-content table kept in step by triggers;
/// it is not part of the EF model (MigrationTests leaves it out of the comparison).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000005_TrackSearchIndex")]
public sealed class TrackSearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "TrackSearchIndex" USING fts5("SearchText", content='Tracks', content_rowid='Id', tokenize='trigram');
            """);
        migrationBuilder.Sql("""
            INSERT INTO "TrackSearchIndex"("TrackSearchIndex") VALUES ('rebuild');
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
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Tracks_SearchIndex_Update";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Tracks_SearchIndex_Delete";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Tracks_SearchIndex_Insert";""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "TrackSearchIndex";""");
    }
}
