namespace MusicRecommender.Infrastructure.Import;

public sealed record ImportSummary(IReadOnlyList<FileImportResult> Files, IReadOnlyList<string> Errors, IReadOnlyList<string> Skipped)
{
    public bool Succeeded => Errors.Count == 0;
}
