using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MusicRecommender.Infrastructure.Data.Migrations.Sqlite;

/// <summary>Tracks, model versions, cluster assignments, and ASP.NET Core Identity's tables.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "AspNetRoles" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
                "Name" TEXT NULL,
                "NormalizedName" TEXT NULL,
                "ConcurrencyStamp" TEXT NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AspNetUsers" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
                "UserName" TEXT NULL,
                "NormalizedUserName" TEXT NULL,
                "Email" TEXT NULL,
                "NormalizedEmail" TEXT NULL,
                "EmailConfirmed" INTEGER NOT NULL,
                "PasswordHash" TEXT NULL,
                "SecurityStamp" TEXT NULL,
                "ConcurrencyStamp" TEXT NULL,
                "PhoneNumber" TEXT NULL,
                "PhoneNumberConfirmed" INTEGER NOT NULL,
                "TwoFactorEnabled" INTEGER NOT NULL,
                "LockoutEnd" TEXT NULL,
                "LockoutEnabled" INTEGER NOT NULL,
                "AccessFailedCount" INTEGER NOT NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "ModelVersions" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_ModelVersions" PRIMARY KEY AUTOINCREMENT,
                "Catalog" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL,
                "Status" INTEGER NOT NULL,
                "TrainedAt" TEXT NOT NULL,
                "ActivatedAt" TEXT NULL,
                "K" INTEGER NOT NULL,
                "Silhouette" REAL NOT NULL,
                "Inertia" REAL NOT NULL,
                "TrackCount" INTEGER NOT NULL,
                "RejectionReason" TEXT NULL,
                "ParametersJson" TEXT NOT NULL,
                "MetricsJson" TEXT NOT NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Tracks" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Tracks" PRIMARY KEY AUTOINCREMENT,
                "SpotifyId" TEXT NOT NULL,
                "Title" TEXT NOT NULL,
                "Artists" TEXT NOT NULL,
                "Album" TEXT NULL,
                "ReleaseDate" TEXT NULL,
                "Popularity" INTEGER NULL,
                "Genres" TEXT NULL,
                "Catalogs" INTEGER NOT NULL,
                "Source" TEXT NOT NULL,
                "Danceability" REAL NOT NULL,
                "Energy" REAL NOT NULL,
                "Loudness" REAL NOT NULL,
                "Speechiness" REAL NOT NULL,
                "Acousticness" REAL NOT NULL,
                "Instrumentalness" REAL NOT NULL,
                "Liveness" REAL NOT NULL,
                "Valence" REAL NOT NULL,
                "Tempo" REAL NOT NULL,
                "Key" INTEGER NULL,
                "Mode" INTEGER NULL,
                "TimeSignature" INTEGER NULL,
                "DurationMs" INTEGER NULL,
                "Explicit" INTEGER NULL,
                "SearchText" TEXT NOT NULL,
                "AddedAt" TEXT NOT NULL,
                "UpdatedAt" TEXT NOT NULL
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AspNetRoleClaims" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
                "RoleId" TEXT NOT NULL,
                "ClaimType" TEXT NULL,
                "ClaimValue" TEXT NULL,
                CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AspNetUserClaims" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
                "UserId" TEXT NOT NULL,
                "ClaimType" TEXT NULL,
                "ClaimValue" TEXT NULL,
                CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AspNetUserLogins" (
                "LoginProvider" TEXT NOT NULL,
                "ProviderKey" TEXT NOT NULL,
                "ProviderDisplayName" TEXT NULL,
                "UserId" TEXT NOT NULL,
                CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
                CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AspNetUserRoles" (
                "UserId" TEXT NOT NULL,
                "RoleId" TEXT NOT NULL,
                CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
                CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AspNetUserTokens" (
                "UserId" TEXT NOT NULL,
                "LoginProvider" TEXT NOT NULL,
                "Name" TEXT NOT NULL,
                "Value" TEXT NULL,
                CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
                CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "ClusterAssignments" (
                "ModelVersionId" INTEGER NOT NULL,
                "TrackId" INTEGER NOT NULL,
                "Cluster" INTEGER NOT NULL,
                CONSTRAINT "PK_ClusterAssignments" PRIMARY KEY ("ModelVersionId", "TrackId"),
                CONSTRAINT "FK_ClusterAssignments_ModelVersions_ModelVersionId" FOREIGN KEY ("ModelVersionId") REFERENCES "ModelVersions" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_ClusterAssignments_Tracks_TrackId" FOREIGN KEY ("TrackId") REFERENCES "Tracks" ("Id") ON DELETE CASCADE
            );
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ClusterAssignments_TrackId" ON "ClusterAssignments" ("TrackId");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_ModelVersions_ActivePerCatalog" ON "ModelVersions" ("Catalog") WHERE "Status" = 1;
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_ModelVersions_Catalog_Version" ON "ModelVersions" ("Catalog", "Version");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Tracks_Catalogs" ON "Tracks" ("Catalogs");
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Tracks_SearchText" ON "Tracks" ("SearchText");
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_Tracks_SpotifyId" ON "Tracks" ("SpotifyId");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ClusterAssignments\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"AspNetUserTokens\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"AspNetUserRoles\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"AspNetUserLogins\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"AspNetUserClaims\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"AspNetRoleClaims\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"Tracks\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ModelVersions\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"AspNetUsers\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"AspNetRoles\";");
    }
}
