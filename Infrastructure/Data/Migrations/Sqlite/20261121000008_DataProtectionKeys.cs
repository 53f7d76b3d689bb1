using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>
/// The data-protection key ring as rows. The SQLite site keeps its keys in a folder
/// (<c>DataProtection:KeysPath</c>); the table is here too so both providers have one schema.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000008_DataProtectionKeys")]
public sealed class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "DataProtectionKeys" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
                "FriendlyName" TEXT NULL,
                "Xml" TEXT NOT NULL
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"DataProtectionKeys\";");
    }
}
