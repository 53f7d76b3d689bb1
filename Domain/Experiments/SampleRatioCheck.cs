namespace MusicRecommender.Domain.Experiments;

public sealed record SampleRatioCheck(ChiSquareTest? Test, bool Mismatch);
