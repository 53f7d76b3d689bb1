using System.Data.Common;
using MusicRecommender.Infrastructure.Catalog;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Prepared INSERT/UPDATE commands for bulk writes. Plain SQL with quoted identifiers and @names
/// runs unchanged on SQLite and PostgreSQL, and is an order of magnitude faster than change tracking
/// for 100k rows.
/// </summary>
internal static class TrackCommands
{
    private static readonly string[] InsertColumns =
    [
        "SpotifyId", "Title", "Artists", "Album", "ReleaseDate", "Popularity", "Genres", "Catalogs", "Source",
        "Danceability", "Energy", "Loudness", "Speechiness", "Acousticness", "Instrumentalness", "Liveness", "Valence", "Tempo",
        "Key", "Mode", "TimeSignature", "DurationMs", "Explicit", "SearchText", "AddedAt", "UpdatedAt",
    ];

    private static readonly string[] UpdateColumns =
    [
        "Artists", "Album", "ReleaseDate", "Popularity", "Genres", "Catalogs", "Key", "Mode", "TimeSignature", "DurationMs", "Explicit", "SearchText", "UpdatedAt",
    ];

    public static DbCommand Insert(DbConnection connection, DbTransaction transaction) =>
        Create(connection, transaction,
            $"INSERT INTO \"Tracks\" ({string.Join(", ", InsertColumns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", InsertColumns.Select(c => "@" + c))})",
            InsertColumns);

    public static DbCommand Update(DbConnection connection, DbTransaction transaction) =>
        Create(connection, transaction,
            $"UPDATE \"Tracks\" SET {string.Join(", ", UpdateColumns.Select(c => $"\"{c}\" = @{c}"))} WHERE \"Id\" = @Id",
            [.. UpdateColumns, "Id"]);

    public static Task ExecuteInsertAsync(DbCommand command, ImportRow row, string source, DateTime now, CancellationToken cancellationToken)
    {
        var f = row.Features;
        Set(command, "SpotifyId", row.SpotifyId);
        Set(command, "Title", row.Title);
        Set(command, "Artists", row.Artists);
        Set(command, "Album", row.Album);
        Set(command, "ReleaseDate", row.ReleaseDate);
        Set(command, "Popularity", row.Popularity);
        Set(command, "Genres", row.Genre);
        Set(command, "Catalogs", (int)row.Catalogs);
        Set(command, "Source", source);
        Set(command, "Danceability", f.Danceability);
        Set(command, "Energy", f.Energy);
        Set(command, "Loudness", f.Loudness);
        Set(command, "Speechiness", f.Speechiness);
        Set(command, "Acousticness", f.Acousticness);
        Set(command, "Instrumentalness", f.Instrumentalness);
        Set(command, "Liveness", f.Liveness);
        Set(command, "Valence", f.Valence);
        Set(command, "Tempo", f.Tempo);
        Set(command, "Key", row.Key);
        Set(command, "Mode", row.Mode);
        Set(command, "TimeSignature", row.TimeSignature);
        Set(command, "DurationMs", row.DurationMs);
        Set(command, "Explicit", row.Explicit);
        Set(command, "SearchText", SearchTextNormalizer.ForTrack(row.Title, row.Artists, row.Album));
        Set(command, "AddedAt", now);
        Set(command, "UpdatedAt", now);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Task ExecuteUpdateAsync(DbCommand command, ExistingTrack track, DateTime now, CancellationToken cancellationToken)
    {
        Set(command, "Id", track.Id);
        Set(command, "Artists", track.Artists);
        Set(command, "Album", track.Album);
        Set(command, "ReleaseDate", track.ReleaseDate);
        Set(command, "Popularity", track.Popularity);
        Set(command, "Genres", track.Genres);
        Set(command, "Catalogs", (int)track.Catalogs);
        Set(command, "Key", track.Key);
        Set(command, "Mode", track.Mode);
        Set(command, "TimeSignature", track.TimeSignature);
        Set(command, "DurationMs", track.DurationMs);
        Set(command, "Explicit", track.Explicit);
        Set(command, "SearchText", SearchTextNormalizer.ForTrack(track.Title, track.Artists, track.Album));
        Set(command, "UpdatedAt", now);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<string> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static void Set(DbCommand command, string name, object? value) => command.Parameters["@" + name].Value = value ?? DBNull.Value;
}
