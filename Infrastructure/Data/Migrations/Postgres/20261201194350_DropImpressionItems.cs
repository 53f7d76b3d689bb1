using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MusicRecommender.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DropImpressionItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ServingWrites moved the items into the impressions' rows and removed the foreign key from Ratings.
            migrationBuilder.DropTable(
                name: "ImpressionItems");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImpressionItems",
                columns: table => new
                {
                    ImpressionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Similarity = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpressionItems", x => new { x.ImpressionId, x.TrackId });
                    table.ForeignKey(
                        name: "FK_ImpressionItems_Impressions_ImpressionId",
                        column: x => x.ImpressionId,
                        principalTable: "Impressions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImpressionItems_ImpressionId_Rank",
                table: "ImpressionItems",
                columns: new[] { "ImpressionId", "Rank" },
                unique: true);
        }
    }
}
