using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>Retrain runs (one running at a time), their steps and log, and the record of every model activation.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000010_Retraining")]
public sealed class Retraining : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "RetrainRuns" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_RetrainRuns" PRIMARY KEY AUTOINCREMENT,
                "Trigger" INTEGER NOT NULL,
                "RequestedBy" TEXT NULL,
                "Status" INTEGER NOT NULL,
                "Attempt" INTEGER NOT NULL,
                "StartedAt" TEXT NOT NULL,
                "FinishedAt" TEXT NULL,
                "HeartbeatAt" TEXT NOT NULL,
                "Instance" TEXT NULL,
                "Error" TEXT NULL,
                "MetricsJson" TEXT NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "ModelActivations" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_ModelActivations" PRIMARY KEY AUTOINCREMENT,
                "Catalog" INTEGER NOT NULL,
                "ModelVersionId" INTEGER NOT NULL,
                "PreviousModelVersionId" INTEGER NULL,
                "Kind" TEXT NOT NULL,
                "ActivatedBy" TEXT NOT NULL,
                "ActivatedAt" TEXT NOT NULL,
                CONSTRAINT "FK_ModelActivations_ModelVersions_ModelVersionId" FOREIGN KEY ("ModelVersionId") REFERENCES "ModelVersions" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_ModelActivations_ModelVersions_PreviousModelVersionId" FOREIGN KEY ("PreviousModelVersionId") REFERENCES "ModelVersions" ("Id") ON DELETE SET NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "RetrainRunLog" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_RetrainRunLog" PRIMARY KEY AUTOINCREMENT,
                "RunId" INTEGER NOT NULL,
                "At" TEXT NOT NULL,
                "Message" TEXT NOT NULL,
                CONSTRAINT "FK_RetrainRunLog_RetrainRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "RetrainRuns" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "RetrainRunSteps" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_RetrainRunSteps" PRIMARY KEY AUTOINCREMENT,
                "RunId" INTEGER NOT NULL,
                "Position" INTEGER NOT NULL,
                "Catalog" INTEGER NOT NULL,
                "Name" TEXT NOT NULL,
                "Status" INTEGER NOT NULL,
                "StartedAt" TEXT NOT NULL,
                "FinishedAt" TEXT NULL,
                "Detail" TEXT NULL,
                CONSTRAINT "FK_RetrainRunSteps_RetrainRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "RetrainRuns" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ModelActivations_Catalog_ActivatedAt" ON "ModelActivations" ("Catalog", "ActivatedAt");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ModelActivations_ModelVersionId" ON "ModelActivations" ("ModelVersionId");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ModelActivations_PreviousModelVersionId" ON "ModelActivations" ("PreviousModelVersionId");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_RetrainRunLog_RunId" ON "RetrainRunLog" ("RunId");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_RetrainRuns_OneRunning" ON "RetrainRuns" ("Status") WHERE "Status" = 0;
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_RetrainRuns_StartedAt" ON "RetrainRuns" ("StartedAt");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_RetrainRunSteps_RunId_Position" ON "RetrainRunSteps" ("RunId", "Position");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"RetrainRunLog\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"RetrainRunSteps\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"RetrainRuns\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ModelActivations\";");
    }
}
