namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>A progress line of a run, as the training pipeline reports it.</summary>
public sealed class RetrainRunLogLine
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public DateTime At { get; set; }

    public required string Message { get; set; }
}
