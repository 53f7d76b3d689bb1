using System.Data.Common;

namespace MusicRecommender.Infrastructure.Data;

/// <summary>
/// Parameterised bulk writes inside the caller's transaction, in plain SQL that runs on SQLite and PostgreSQL:
/// multi-row INSERTs (one row per statement on SQLite, which binds many parameters slowly; 200 on PostgreSQL,
/// where round trips dominate) and one prepared statement run per row.
/// </summary>
internal sealed class RowWriter(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly int _batchRows = connection is Microsoft.Data.Sqlite.SqliteConnection ? 1 : 200;
    private readonly Dictionary<string, DbCommand> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Columns, string Suffix, List<object?[]> Rows)> _inserts = new(StringComparer.Ordinal);

    /// <summary>Queues a row for <paramref name="table"/>; <paramref name="suffix"/> follows VALUES (an ON CONFLICT clause).</summary>
    public async Task InsertAsync(string table, string[] columns, object?[] values, CancellationToken cancellationToken, string suffix = "")
    {
        if (!_inserts.TryGetValue(table, out var pending)) _inserts[table] = pending = (columns, suffix, []);
        pending.Rows.Add(values);
        if (pending.Rows.Count >= _batchRows) await FlushAsync(table, cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/> with parameters @p0, @p1... bound to <paramref name="values"/>.</summary>
    public Task<int> ExecuteAsync(string sql, object?[] values, CancellationToken cancellationToken)
    {
        if (!_statements.TryGetValue(sql, out var command)) _statements[sql] = command = Create(sql, values.Length);
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var table in _inserts.Keys.ToArray()) await FlushAsync(table, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _statements.Values) await command.DisposeAsync();
    }

    private async Task FlushAsync(string table, CancellationToken cancellationToken)
    {
        var (columns, suffix, rows) = _inserts[table];
        if (rows.Count == 0) return;
        var values = Enumerable.Range(0, rows.Count).Select(r => "(" + string.Join(", ", columns.Select((_, c) => $"@p{r * columns.Length + c}")) + ")");
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", values)} {suffix}";
        await ExecuteAsync(sql, rows.SelectMany(r => r).ToArray(), cancellationToken);
        rows.Clear();
    }

    private DbCommand Create(string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
