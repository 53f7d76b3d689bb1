using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MusicRecommender.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>Song groups, artist identity, enrichment and include/exclude decisions (the SQLite CleanLists migration's twin).</summary>
    public partial class CleanLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArtistSlug",
                table: "Tracks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ArtistsFromSlug",
                table: "Tracks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrichedAt",
                table: "Tracks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Isrc",
                table: "Tracks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SongId",
                table: "Tracks",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Artists",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Artists", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "TrackListings",
                columns: table => new
                {
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    Listed = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ArtistKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                WHERE "Source" = 'wu' AND "Artists" ~ '^[a-z0-9_]+$';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Tracks" SET "Artists" = "ArtistSlug" WHERE "ArtistSlug" IS NOT NULL AND ("Artists" = '' OR "ArtistsFromSlug");""");

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
        }
    }
}
