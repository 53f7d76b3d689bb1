using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MusicRecommender.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// Search reads an in-memory corpus (decision 0020), so the trigram GIN index on Tracks.SearchText only costs
    /// every written track: dropped (the pg_trgm extension stays; Down brings the index back).
    /// </summary>
    public partial class DropSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
