using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>Each retrain run names the Hangfire job that runs it (the Jobs page links to it in the Hangfire dashboard).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000002_RetrainRunHangfireJob")]
public sealed class RetrainRunHangfireJob : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "RetrainRuns" ADD COLUMN "HangfireJobId" TEXT NULL;""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "RetrainRuns" DROP COLUMN "HangfireJobId";""");
    }
}
