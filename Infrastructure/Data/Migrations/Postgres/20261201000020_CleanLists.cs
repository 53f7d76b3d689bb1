using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Postgres;

/// <summary>Song groups, artist identity, enrichment and include/exclude decisions (the SQLite CleanLists migration's twin).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261201000020_CleanLists")]
public sealed class CleanLists : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE "Tracks"
                ADD "ArtistSlug" character varying(100),
                ADD "ArtistsFromSlug" boolean NOT NULL DEFAULT FALSE,
                ADD "SongId" integer,
                ADD "Isrc" character varying(16),
                ADD "EnrichedAt" timestamp with time zone;
            """);
        migrationBuilder.Sql("""CREATE INDEX "IX_Tracks_SongId" ON "Tracks" ("SongId");""");
        migrationBuilder.Sql("""CREATE INDEX "IX_Tracks_UpdatedAt" ON "Tracks" ("UpdatedAt");""");
        migrationBuilder.Sql("""
            CREATE TABLE "Artists" (
                "Key" character varying(200) NOT NULL,
                "Name" character varying(500) NOT NULL,
                CONSTRAINT "PK_Artists" PRIMARY KEY ("Key")
            );
            """);
        migrationBuilder.Sql("""
            CREATE TABLE "TrackArtists" (
                "TrackId" integer NOT NULL,
                "Position" integer NOT NULL,
                "ArtistKey" character varying(200) NOT NULL,
                CONSTRAINT "PK_TrackArtists" PRIMARY KEY ("TrackId", "Position"),
                CONSTRAINT "FK_TrackArtists_Artists_ArtistKey" FOREIGN KEY ("ArtistKey") REFERENCES "Artists" ("Key") ON DELETE RESTRICT,
                CONSTRAINT "FK_TrackArtists_Tracks_TrackId" FOREIGN KEY ("TrackId") REFERENCES "Tracks" ("Id") ON DELETE CASCADE
            );
            """);
        migrationBuilder.Sql("""CREATE INDEX "IX_TrackArtists_ArtistKey" ON "TrackArtists" ("ArtistKey");""");
        migrationBuilder.Sql("""
            CREATE TABLE "TrackListings" (
                "TrackId" integer NOT NULL,
                "Listed" boolean NOT NULL,
                "Note" character varying(500),
                "ChangedBy" character varying(256) NOT NULL,
                "ChangedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_TrackListings" PRIMARY KEY ("TrackId"),
                CONSTRAINT "FK_TrackListings_Tracks_TrackId" FOREIGN KEY ("TrackId") REFERENCES "Tracks" ("Id") ON DELETE CASCADE
            );
            """);
        migrationBuilder.Sql("""
            UPDATE "Tracks" SET "ArtistSlug" = "Artists", "Artists" = ''
            WHERE "Source" = 'wu' AND "Artists" ~ '^[a-z0-9_]+$';
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""UPDATE "Tracks" SET "Artists" = "ArtistSlug" WHERE "ArtistSlug" IS NOT NULL AND ("Artists" = '' OR "ArtistsFromSlug");""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "TrackListings" CASCADE;""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "TrackArtists" CASCADE;""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "Artists" CASCADE;""");
        migrationBuilder.Sql("""
            ALTER TABLE "Tracks" DROP COLUMN "EnrichedAt", DROP COLUMN "Isrc", DROP COLUMN "SongId",
                DROP COLUMN "ArtistsFromSlug", DROP COLUMN "ArtistSlug";
            """);
    }
}
