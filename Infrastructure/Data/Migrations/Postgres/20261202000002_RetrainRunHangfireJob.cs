using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Postgres;

/// <summary>Each retrain run names the Hangfire job that runs it (the Jobs page links to it in the Hangfire dashboard).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000002_RetrainRunHangfireJob")]
public sealed class RetrainRunHangfireJob : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "RetrainRuns" ADD "HangfireJobId" character varying(64);""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "RetrainRuns" DROP COLUMN "HangfireJobId";""");
    }
}
