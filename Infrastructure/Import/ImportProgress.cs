namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// Where an import stands. <see cref="Total"/> is only known once a file is written (rows are written
/// as they are read); meanwhile <see cref="FileFraction"/> says how much of the file has been read.
/// </summary>
public sealed record ImportProgress(string File, ImportPhase Phase, int Done, int Total)
{
    public double? FileFraction { get; init; }
}
