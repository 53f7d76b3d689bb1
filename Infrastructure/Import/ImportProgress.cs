namespace MusicRecommender.Infrastructure.Import;

public sealed record ImportProgress(string File, ImportPhase Phase, int Done, int Total);
