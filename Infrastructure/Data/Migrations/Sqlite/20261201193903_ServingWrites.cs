using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServingWrites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Items",
                table: "Impressions",
                type: "TEXT",
                nullable: true);

            // Each impression's items move into its row, in rank order. Their table goes in DropImpressionItems, after the
            // foreign key from Ratings is gone: dropping it here, with the key still in place, would cascade to the ratings.
            migrationBuilder.Sql("""
                UPDATE "Impressions" SET "Items" = (
                    SELECT json_group_array(json_object('r', x."Rank", 's', x."Similarity", 't', x."TrackId"))
                    FROM (SELECT "Rank", "Similarity", "TrackId" FROM "ImpressionItems" WHERE "ImpressionId" = "Impressions"."Id" ORDER BY "Rank") AS x);
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_Ratings_ImpressionItems_ImpressionId_TrackId",
                table: "Ratings");

            migrationBuilder.CreateTable(
                name: "CatalogStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogStamps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DatabaseIdentity",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Token = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatabaseIdentity", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "CatalogStamps",
                columns: new[] { "Id", "ChangedAt", "Version" },
                values: new object[] { 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), 0L });

            migrationBuilder.AddForeignKey(
                name: "FK_Ratings_Impressions_ImpressionId",
                table: "Ratings",
                column: "ImpressionId",
                principalTable: "Impressions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Ratings_Impressions_ImpressionId",
                table: "Ratings");

            migrationBuilder.DropTable(
                name: "CatalogStamps");

            migrationBuilder.DropTable(
                name: "DatabaseIdentity");

            migrationBuilder.DropColumn(
                name: "Items",
                table: "Impressions");

            migrationBuilder.AddForeignKey(
                name: "FK_Ratings_ImpressionItems_ImpressionId_TrackId",
                table: "Ratings",
                columns: new[] { "ImpressionId", "TrackId" },
                principalTable: "ImpressionItems",
                principalColumns: new[] { "ImpressionId", "TrackId" },
                onDelete: ReferentialAction.Cascade);
        }
    }
}
