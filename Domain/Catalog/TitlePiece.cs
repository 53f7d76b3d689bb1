namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// One piece of a title: the base (<paramref name="IsTail"/> false) or a dashed tail, with the bracket groups
/// written inside it ("- 2016 BIGBANG WORLD TOUR [MADE] FINAL IN SEOUL LIVE" owns "MADE").
/// </summary>
internal sealed record TitlePiece(string Text, bool IsTail, IReadOnlyList<string> Groups);
