using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Data.Writes;

/// <summary>
/// The group commit's inserts of searches and impressions as plain prepared statements inside the caller's
/// transaction, in the layout EF maps (the same columns, a Guid as upper-case text on SQLite, the items as the
/// JSON array <c>[{"r":rank,"s":similarity,"t":track}]</c>): EF's change tracking and JSON writer cost as much
/// CPU as serving the request did. One row per statement, prepared once per batch; on PostgreSQL the
/// statements of a batch go out in one round trip (a <see cref="DbBatch"/>).
/// </summary>
internal sealed class ShownListStatements
{
    private static readonly string[] SearchColumns =
        ["RaterId", "Text", "TrackId", "Title", "Artists", "Catalog", "Source", "Seed", "Found", "CreatedAt"];

    private static readonly string[] ImpressionColumns =
    [
        "Id", "RaterId", "UserId", "AnonymousId", "ExperimentId", "Variant", "Seed", "ModelVersionId", "ModelVersion",
        "Catalog", "Cluster", "QueryTrackId", "QueryFeaturesJson", "Source", "CreatedAt", "Items",
    ];

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly bool _sqlite;

    public ShownListStatements(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
    }

    private static readonly string SearchSql = Insert("Searches", SearchColumns, c => "@" + c);

    // PostgreSQL does not cast text to jsonb by itself; SQLite would give a "jsonb" cast numeric affinity.
    private string ImpressionSql => Insert("Impressions", ImpressionColumns, c => c == "Items" && !_sqlite ? "CAST(@Items AS jsonb)" : "@" + c);

    public async Task WriteAsync(IReadOnlyList<ShownListRows> lists, CancellationToken cancellationToken)
    {
        var searches = lists.Select(l => l.Search).OfType<SearchEvent>().ToList();
        var impressions = lists.Select(l => l.Impression).OfType<Impression>().ToList();
        if (_connection.CanCreateBatch)
        {
            await using var batch = _connection.CreateBatch();
            batch.Transaction = _transaction;
            foreach (var search in searches) Add(batch, SearchSql, SearchColumns, SearchValues(search));
            foreach (var impression in impressions) Add(batch, ImpressionSql, ImpressionColumns, ImpressionValues(impression));
            if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        await RunEachAsync(SearchSql, SearchColumns, searches.Select(SearchValues), cancellationToken);
        await RunEachAsync(ImpressionSql, ImpressionColumns, impressions.Select(ImpressionValues), cancellationToken);
    }

    private static object?[] SearchValues(SearchEvent s) =>
        [s.RaterId, s.Text, s.TrackId, s.Title, s.Artists, (int)s.Catalog, s.Source, s.Seed, s.Found, s.CreatedAt];

    private object?[] ImpressionValues(Impression i) =>
    [
        _sqlite ? i.Id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant() : i.Id,
        i.RaterId, i.UserId, i.AnonymousId, i.ExperimentId, i.Variant, i.Seed, i.ModelVersionId, i.ModelVersion,
        (int)i.Catalog, i.Cluster, i.QueryTrackId, i.QueryFeaturesJson, i.Source, i.CreatedAt, ItemsJson(i.Items),
    ];

    /// <summary>The items as EF writes them: properties by their JSON names in ordinal order, numbers round-trip.</summary>
    internal static string ItemsJson(IReadOnlyList<ImpressionItem> items)
    {
        var buffer = new ArrayBufferWriter<byte>(32 + 48 * items.Count);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                json.WriteStartObject();
                json.WriteNumber("r", item.Rank);
                json.WriteNumber("s", item.Similarity);
                json.WriteNumber("t", item.TrackId);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private async Task RunEachAsync(string sql, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        DbCommand? command = null;
        try
        {
            foreach (var values in rows)
            {
                if (command is null)
                {
                    command = _connection.CreateCommand();
                    command.Transaction = _transaction;
                    command.CommandText = sql;
                    foreach (var column in columns)
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = "@" + column;
                        command.Parameters.Add(parameter);
                    }
                    await command.PrepareAsync(cancellationToken);
                }
                for (var c = 0; c < columns.Length; c++) command.Parameters[c].Value = values[c] ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null) await command.DisposeAsync();
        }
    }

    private static void Add(DbBatch batch, string sql, string[] columns, object?[] values)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        for (var c = 0; c < columns.Length; c++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + columns[c];
            parameter.Value = values[c] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        batch.BatchCommands.Add(command);
    }

    private static string Insert(string table, string[] columns, Func<string, string> value) =>
        $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select(value))})";
}
