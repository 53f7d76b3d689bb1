using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>Experiments and their variants and assignments, impressions, ratings and searches.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000002_Feedback")]
public sealed class Feedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "Experiments" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Experiments" PRIMARY KEY AUTOINCREMENT,
                "Name" TEXT NOT NULL,
                "Description" TEXT NULL,
                "ControlVariant" TEXT NOT NULL,
                "IsActive" INTEGER NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "StartedAt" TEXT NULL,
                "StoppedAt" TEXT NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Searches" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Searches" PRIMARY KEY AUTOINCREMENT,
                "RaterId" TEXT NOT NULL,
                "Text" TEXT NULL,
                "TrackId" INTEGER NULL,
                "Title" TEXT NULL,
                "Artists" TEXT NULL,
                "Catalog" INTEGER NOT NULL,
                "Source" TEXT NOT NULL,
                "Found" INTEGER NOT NULL,
                "CreatedAt" TEXT NOT NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "ExperimentAssignments" (
                "ExperimentId" INTEGER NOT NULL,
                "RaterId" TEXT NOT NULL,
                "Variant" TEXT NOT NULL,
                "AssignedAt" TEXT NOT NULL,
                CONSTRAINT "PK_ExperimentAssignments" PRIMARY KEY ("ExperimentId", "RaterId"),
                CONSTRAINT "FK_ExperimentAssignments_Experiments_ExperimentId" FOREIGN KEY ("ExperimentId") REFERENCES "Experiments" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "ExperimentVariants" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_ExperimentVariants" PRIMARY KEY AUTOINCREMENT,
                "ExperimentId" INTEGER NOT NULL,
                "Name" TEXT NOT NULL,
                "Weight" REAL NOT NULL,
                CONSTRAINT "CK_ExperimentVariants_Weight" CHECK ("Weight" >= 0),
                CONSTRAINT "FK_ExperimentVariants_Experiments_ExperimentId" FOREIGN KEY ("ExperimentId") REFERENCES "Experiments" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Impressions" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Impressions" PRIMARY KEY,
                "RaterId" TEXT NOT NULL,
                "UserId" TEXT NULL,
                "AnonymousId" TEXT NULL,
                "ExperimentId" INTEGER NULL,
                "Variant" TEXT NOT NULL,
                "Seed" INTEGER NOT NULL,
                "ModelVersionId" INTEGER NOT NULL,
                "ModelVersion" INTEGER NOT NULL,
                "Catalog" INTEGER NOT NULL,
                "Cluster" INTEGER NOT NULL,
                "QueryTrackId" INTEGER NULL,
                "QueryFeaturesJson" TEXT NOT NULL,
                "Source" TEXT NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                CONSTRAINT "FK_Impressions_Experiments_ExperimentId" FOREIGN KEY ("ExperimentId") REFERENCES "Experiments" ("Id") ON DELETE SET NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "ImpressionItems" (
                "ImpressionId" TEXT NOT NULL,
                "TrackId" INTEGER NOT NULL,
                "Rank" INTEGER NOT NULL,
                "Similarity" REAL NOT NULL,
                CONSTRAINT "PK_ImpressionItems" PRIMARY KEY ("ImpressionId", "TrackId"),
                CONSTRAINT "FK_ImpressionItems_Impressions_ImpressionId" FOREIGN KEY ("ImpressionId") REFERENCES "Impressions" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Ratings" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Ratings" PRIMARY KEY AUTOINCREMENT,
                "ImpressionId" TEXT NOT NULL,
                "TrackId" INTEGER NOT NULL,
                "RaterId" TEXT NOT NULL,
                "Stars" INTEGER NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "UpdatedAt" TEXT NOT NULL,
                CONSTRAINT "CK_Ratings_Stars" CHECK ("Stars" BETWEEN 1 AND 5),
                CONSTRAINT "FK_Ratings_ImpressionItems_ImpressionId_TrackId" FOREIGN KEY ("ImpressionId", "TrackId") REFERENCES "ImpressionItems" ("ImpressionId", "TrackId") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ExperimentAssignments_ExperimentId_Variant" ON "ExperimentAssignments" ("ExperimentId", "Variant");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_Experiments_Name" ON "Experiments" ("Name");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_Experiments_OneActive" ON "Experiments" ("IsActive") WHERE "IsActive";
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_ExperimentVariants_ExperimentId_Name" ON "ExperimentVariants" ("ExperimentId", "Name");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_ImpressionItems_ImpressionId_Rank" ON "ImpressionItems" ("ImpressionId", "Rank");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Impressions_CreatedAt" ON "Impressions" ("CreatedAt");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Impressions_ExperimentId_Variant" ON "Impressions" ("ExperimentId", "Variant");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Impressions_RaterId" ON "Impressions" ("RaterId");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Ratings_CreatedAt" ON "Ratings" ("CreatedAt");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_Ratings_ImpressionId_TrackId" ON "Ratings" ("ImpressionId", "TrackId");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Searches_CreatedAt" ON "Searches" ("CreatedAt");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Searches_TrackId" ON "Searches" ("TrackId");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"Ratings\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ImpressionItems\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"Impressions\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ExperimentAssignments\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ExperimentVariants\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"Searches\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"Experiments\";");
    }
}
