namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Rows of equal length in one contiguous row-major array. The training steps work on this instead
/// of jagged arrays: a million rows as a million small arrays costs a second of allocation and
/// scatters the rows over the heap, which the k-means inner loops pay for on every pass.
/// </summary>
public sealed class RowMatrix
{
    public RowMatrix(int rows, int columns, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (values.Length != rows * columns) throw new ArgumentException($"Expected {rows} × {columns} values.", nameof(values));
        Rows = rows;
        Columns = columns;
        Values = values;
    }

    public RowMatrix(int rows, int columns) : this(rows, columns, new double[rows * columns])
    {
    }

    public int Rows { get; }

    public int Columns { get; }

    public double[] Values { get; }

    public Span<double> Row(int row) => Values.AsSpan(row * Columns, Columns);

    public static RowMatrix FromRows(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("At least one row is required.", nameof(rows));
        var columns = rows[0].Length;
        var matrix = new RowMatrix(rows.Count, columns);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != columns) throw new ArgumentException($"Row {i} has {rows[i].Length} values, not {columns}.", nameof(rows));
            rows[i].CopyTo(matrix.Row(i));
        }
        return matrix;
    }

    public double[][] ToRows()
    {
        var result = new double[Rows][];
        for (var i = 0; i < Rows; i++) result[i] = Row(i).ToArray();
        return result;
    }

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public RowMatrix Select(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var result = new RowMatrix(indices.Count, Columns);
        for (var i = 0; i < indices.Count; i++) Row(indices[i]).CopyTo(result.Row(i));
        return result;
    }

    internal static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            var d = a[j] - b[j];
            sum += d * d;
        }
        return sum;
    }
}
