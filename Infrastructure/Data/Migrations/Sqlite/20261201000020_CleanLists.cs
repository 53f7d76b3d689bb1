using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>
/// Issue 10: song groups, artist identity (artists, credits, the slug a track is filed under), metadata
/// enrichment and admins' include/exclude decisions. Slugs the importer stored as artists move to ArtistSlug;
/// the identity step at the next start fills names, credits, search text and song groups.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261201000020_CleanLists")]
public sealed class CleanLists : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "Tracks" ADD COLUMN "ArtistSlug" TEXT NULL;""");
        migrationBuilder.Sql("""ALTER TABLE "Tracks" ADD COLUMN "ArtistsFromSlug" INTEGER NOT NULL DEFAULT 0;""");
        migrationBuilder.Sql("""ALTER TABLE "Tracks" ADD COLUMN "SongId" INTEGER NULL;""");
        migrationBuilder.Sql("""ALTER TABLE "Tracks" ADD COLUMN "Isrc" TEXT NULL;""");
        migrationBuilder.Sql("""ALTER TABLE "Tracks" ADD COLUMN "EnrichedAt" TEXT NULL;""");
        migrationBuilder.Sql("""CREATE INDEX "IX_Tracks_SongId" ON "Tracks" ("SongId");""");
        migrationBuilder.Sql("""CREATE INDEX "IX_Tracks_UpdatedAt" ON "Tracks" ("UpdatedAt");""");
        migrationBuilder.Sql("""
            CREATE TABLE "Artists" (
                "Key" TEXT NOT NULL CONSTRAINT "PK_Artists" PRIMARY KEY,
                "Name" TEXT NOT NULL
            );
            """);
        migrationBuilder.Sql("""
            CREATE TABLE "TrackArtists" (
                "TrackId" INTEGER NOT NULL,
                "Position" INTEGER NOT NULL,
                "ArtistKey" TEXT NOT NULL,
                CONSTRAINT "PK_TrackArtists" PRIMARY KEY ("TrackId", "Position"),
                CONSTRAINT "FK_TrackArtists_Artists_ArtistKey" FOREIGN KEY ("ArtistKey") REFERENCES "Artists" ("Key") ON DELETE RESTRICT,
                CONSTRAINT "FK_TrackArtists_Tracks_TrackId" FOREIGN KEY ("TrackId") REFERENCES "Tracks" ("Id") ON DELETE CASCADE
            );
            """);
        migrationBuilder.Sql("""CREATE INDEX "IX_TrackArtists_ArtistKey" ON "TrackArtists" ("ArtistKey");""");
        migrationBuilder.Sql("""
            CREATE TABLE "TrackListings" (
                "TrackId" INTEGER NOT NULL CONSTRAINT "PK_TrackListings" PRIMARY KEY,
                "Listed" INTEGER NOT NULL,
                "Note" TEXT NULL,
                "ChangedBy" TEXT NOT NULL,
                "ChangedAt" TEXT NOT NULL,
                CONSTRAINT "FK_TrackListings_Tracks_TrackId" FOREIGN KEY ("TrackId") REFERENCES "Tracks" ("Id") ON DELETE CASCADE
            );
            """);
        migrationBuilder.Sql("""
            UPDATE "Tracks" SET "ArtistSlug" = "Artists", "Artists" = ''
            WHERE "Source" = 'wu' AND "Artists" <> '' AND "Artists" NOT GLOB '*[^a-z0-9_]*';
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""UPDATE "Tracks" SET "Artists" = "ArtistSlug" WHERE "ArtistSlug" IS NOT NULL AND ("Artists" = '' OR "ArtistsFromSlug" = 1);""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "TrackListings";""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "TrackArtists";""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "Artists";""");
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Tracks_UpdatedAt";""");
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Tracks_SongId";""");
        foreach (var column in new[] { "EnrichedAt", "Isrc", "SongId", "ArtistsFromSlug", "ArtistSlug" })
            migrationBuilder.Sql($"ALTER TABLE \"Tracks\" DROP COLUMN \"{column}\";");
    }
}
