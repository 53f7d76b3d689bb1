namespace MusicRecommender.Infrastructure.Import;

public enum ImportPhase
{
    Reading,
    Writing,
    Done,
}
