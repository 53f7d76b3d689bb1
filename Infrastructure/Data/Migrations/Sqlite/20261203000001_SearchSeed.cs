using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>What each search started from (song, artist or playlist); earlier searches were all songs.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261203000001_SearchSeed")]
public sealed class SearchSeed : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "Searches" ADD COLUMN "Seed" TEXT NOT NULL DEFAULT 'song';""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "Searches" DROP COLUMN "Seed";""");
    }
}
