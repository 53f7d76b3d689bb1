namespace MusicRecommender.Infrastructure.Import;

public sealed record FileImportResult(
    string Path,
    string Format,
    int DataRows,
    int ValidRows,
    int DuplicateRows,
    int Inserted,
    int Updated,
    int Unchanged,
    IReadOnlyDictionary<string, int> RejectedByReason,
    IReadOnlyList<RejectedRow> FirstRejected)
{
    public int Rejected => RejectedByReason.Values.Sum();
}
