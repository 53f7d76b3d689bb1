namespace MusicRecommender.Infrastructure.Import;

public sealed record ImportSummary(IReadOnlyList<FileImportResult> Files, IReadOnlyList<string> Errors, IReadOnlyList<string> Skipped)
{
    /// <summary>What the identity step did after the files were written (null when none was).</summary>
    public Catalog.IdentitySummary? Identity { get; init; }

    public bool Succeeded => Errors.Count == 0;
}
