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

public sealed record ImportSummary(IReadOnlyList<FileImportResult> Files, IReadOnlyList<string> Errors, IReadOnlyList<string> Skipped)
{
    public bool Succeeded => Errors.Count == 0;
}

public enum ImportPhase
{
    Reading,
    Writing,
    Done,
}

public sealed record ImportProgress(string File, ImportPhase Phase, int Done, int Total);
