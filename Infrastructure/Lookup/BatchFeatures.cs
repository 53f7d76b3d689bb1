using MusicRecommender.Infrastructure.Features;

namespace MusicRecommender.Infrastructure.Lookup;

public sealed record SourcedFeatures(TrackFeatures Features, FeatureSource Source);

/// <summary>
/// Features found for many tracks at once. Ids missing from <see cref="Found"/> got none;
/// <see cref="Notes"/> says, once per cause, which source failed or refused.
/// </summary>
public sealed record BatchFeatures(IReadOnlyDictionary<string, SourcedFeatures> Found, IReadOnlyList<string> Notes);
