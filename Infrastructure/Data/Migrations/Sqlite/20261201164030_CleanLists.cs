using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// Issue 10: song groups, artist identity (artists, credits, the slug a track is filed under), metadata
    /// enrichment and admins' include/exclude decisions. Slugs the importer used to store as artists move to
    /// ArtistSlug; the site's next start fills names, credits, search text and song groups.
    /// </summary>
    public partial class CleanLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArtistSlug",
                table: "Tracks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ArtistsFromSlug",
                table: "Tracks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrichedAt",
                table: "Tracks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Isrc",
                table: "Tracks",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SongId",
                table: "Tracks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Artists",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Artists", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "TrackListings",
                columns: table => new
                {
                    TrackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Listed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackListings", x => x.TrackId);
                    table.ForeignKey(
                        name: "FK_TrackListings_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackArtists",
                columns: table => new
                {
                    TrackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ArtistKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackArtists", x => new { x.TrackId, x.Position });
                    table.ForeignKey(
                        name: "FK_TrackArtists_Artists_ArtistKey",
                        column: x => x.ArtistKey,
                        principalTable: "Artists",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrackArtists_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tracks_SongId",
                table: "Tracks",
                column: "SongId");

            migrationBuilder.CreateIndex(
                name: "IX_Tracks_UpdatedAt",
                table: "Tracks",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TrackArtists_ArtistKey",
                table: "TrackArtists",
                column: "ArtistKey");

            migrationBuilder.Sql("""
                UPDATE "Tracks" SET "ArtistSlug" = "Artists", "Artists" = ''
                WHERE "Source" = 'wu' AND "Artists" <> '' AND "Artists" NOT GLOB '*[^a-z0-9_]*';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Tracks" SET "Artists" = "ArtistSlug" WHERE "ArtistSlug" IS NOT NULL AND ("Artists" = '' OR "ArtistsFromSlug" = 1);""");

            migrationBuilder.DropTable(
                name: "TrackArtists");

            migrationBuilder.DropTable(
                name: "TrackListings");

            migrationBuilder.DropTable(
                name: "Artists");

            migrationBuilder.DropIndex(
                name: "IX_Tracks_SongId",
                table: "Tracks");

            migrationBuilder.DropIndex(
                name: "IX_Tracks_UpdatedAt",
                table: "Tracks");

            migrationBuilder.DropColumn(
                name: "ArtistSlug",
                table: "Tracks");

            migrationBuilder.DropColumn(
                name: "ArtistsFromSlug",
                table: "Tracks");

            migrationBuilder.DropColumn(
                name: "EnrichedAt",
                table: "Tracks");

            migrationBuilder.DropColumn(
                name: "Isrc",
                table: "Tracks");

            migrationBuilder.DropColumn(
                name: "SongId",
                table: "Tracks");

            // Dropping columns rebuilds Tracks on SQLite, which drops the search index's triggers.
            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS "Tracks_SearchIndex_Insert" AFTER INSERT ON "Tracks" BEGIN
                    INSERT INTO "TrackSearchIndex"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS "Tracks_SearchIndex_Delete" AFTER DELETE ON "Tracks" BEGIN
                    INSERT INTO "TrackSearchIndex"("TrackSearchIndex", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS "Tracks_SearchIndex_Update" AFTER UPDATE OF "SearchText" ON "Tracks" BEGIN
                    INSERT INTO "TrackSearchIndex"("TrackSearchIndex", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                    INSERT INTO "TrackSearchIndex"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "TrackSearchIndex"("TrackSearchIndex") VALUES ('rebuild');""");
        }
    }
}
