using System.ComponentModel;

namespace MusicRecommender.Web.Api;

/// <summary>A playlist row that could not be used.</summary>
internal sealed record UnmatchedRowResponse(
    [property: Description("The song's row, counted from 1 (the header is not a row).")] int Row,
    string Title,
    string Artists,
    [property: Description("Why it could not be used, e.g. \"no audio features found\".")] string Reason);
