using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>One of the "artists like this": a target-catalog artist and their best pick for the query.</summary>
internal sealed record SimilarArtistResponse(
    string Name,
    int BestTrackId,
    string BestTitle,
    [property: Description("The best pick's cosine similarity to the query, rounded to 6 places.")] double Similarity,
    [property: Description("How many of the artist's songs are among the candidates ranked.")] int Picks);
