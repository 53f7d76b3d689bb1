using MusicRecommender.Web.Pages.Admin;
using MusicRecommender.Web.Searches;

namespace MusicRecommender.Web.Tests.Pages;

public sealed class CronTextTests
{
    [Theory]
    [InlineData("0 3 * * *", "every day at 03:00 UTC")]
    [InlineData("30 23 * * *", "every day at 23:30 UTC")]
    [InlineData("0 0 3 * * ?", "every day at 03:00 UTC")] // Quartz: seconds first, "?"
    [InlineData("0 4 * * 1", "every Monday at 04:00 UTC")]
    [InlineData("15 2 * * 1,4", "every Monday and Thursday at 02:15 UTC")]
    [InlineData("0 6 * * MON-FRI", "Monday to Friday at 06:00 UTC")]
    [InlineData("0 5 1 * *", "on the 1st of every month at 05:00 UTC")]
    [InlineData("0 * * * *", "every hour, on the hour")]
    [InlineData("20 * * * *", "every hour at 20 past")]
    [InlineData("0 */6 * * *", "every 6 hours at 00 past")]
    [InlineData("*/15 * * * *", "every 15 minutes")]
    [InlineData("* * * * *", "every minute")]
    [InlineData("0 3 * 2 *", "on the schedule 0 3 * 2 *")]
    [InlineData("nonsense", "on the schedule nonsense")]
    public void Describe_ReadsCommonSchedulesInWords(string cron, string words)
    {
        Assert.Equal(words, CronText.Describe(cron));
    }

    [Fact]
    public void Cloud_CountsEachWordOncePerSearchLeavesOutStopWordsAndSizesByCount()
    {
        var words = SearchTopics.Cloud([("Shape of You Ed Sheeran", 5), ("shape shape of", 1), ("Levitating", 1)]);

        Assert.Equal(["ed", "levitating", "shape", "sheeran"], words.Select(w => w.Word));
        Assert.Equal(6, words.Single(w => w.Word == "shape").Count);
        Assert.Equal(5, words.Single(w => w.Word == "shape").Size);
        Assert.Equal(1, words.Single(w => w.Word == "levitating").Size);
    }
}
