using MusicRecommender.Web.Ratings;

namespace MusicRecommender.Web.Tests.Feedback;

public sealed class RatingsCsvTests
{
    [Theory]
    [InlineData("Shape of You", "Shape of You")]
    [InlineData("Hello, World", "\"Hello, World\"")]
    [InlineData("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 song", "'+1 song")]
    [InlineData("@artist", "'@artist")]
    [InlineData("-", "'-")]
    [InlineData("", "")]
    public void Text_WhenWrittenToCsv_IsQuotedAndCannotRunAsAFormula(string value, string expected)
    {
        Assert.Equal(expected, RatingsCsv.Text(value));
    }
}
