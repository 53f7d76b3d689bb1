using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchSeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Seed",
                table: "Searches",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "song");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Seed",
                table: "Searches");
        }
    }
}
