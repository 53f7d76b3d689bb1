namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// One catalog track as training input. <c>Artists</c> is ';'-separated (the Spotify dataset's
/// spelling); <c>Features</c> are in <see cref="Domain.Catalog.AudioFeatures"/> order.
/// </summary>
public sealed record TrainingRow(string Id, string Artists, double[] Features);
