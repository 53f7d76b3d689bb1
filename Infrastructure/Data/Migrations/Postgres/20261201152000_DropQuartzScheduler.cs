using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Postgres;

/// <summary>
/// Background jobs moved from Quartz.NET to Hangfire, which keeps its own tables (schema <c>hangfire</c>,
/// created by Hangfire.PostgreSql itself), so Quartz's job store tables go. Raw SQL on tables outside the EF
/// model: no model change. <c>Down</c> does not bring Quartz back (its package is gone); re-running
/// <see cref="QuartzScheduler"/>'s script would.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261201152000_DropQuartzScheduler")]
public sealed class DropQuartzScheduler : Migration
{
    private static readonly string[] Tables =
    [
        "qrtz_job_status", "qrtz_misfire_history", "qrtz_execution_history", "qrtz_locks", "qrtz_scheduler_state",
        "qrtz_fired_triggers", "qrtz_paused_job_grps", "qrtz_paused_trigger_grps", "qrtz_calendars", "qrtz_blob_triggers",
        "qrtz_simprop_triggers", "qrtz_cron_triggers", "qrtz_simple_triggers", "qrtz_triggers", "qrtz_job_details",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables) migrationBuilder.Sql($"DROP TABLE IF EXISTS {table} CASCADE;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
