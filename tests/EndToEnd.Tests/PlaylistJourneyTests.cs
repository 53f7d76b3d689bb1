using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MusicRecommender.EndToEnd.Tests;

/// <summary>A listener brings a whole playlist (an Exportify CSV), gets one list for it and rates a pick, in real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaylistJourneyTests(BrowserSite browser)
{
    [Fact]
    public async Task Listener_UploadsAPlaylist_SeesRecommendationsForItAndRatesOne()
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "My playlist" }).ClickAsync();
        await page.GetByLabel("Playlist file (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "road-trip.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(ExportifyCsv(12)),
        });
        await page.GetByLabel("K-pop").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Recommend for my playlist" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/playlist?impression=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("li.recommendation")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("#playlist-summary")).ToHaveTextAsync("We used 12 of its 12 songs.");
        await Assertions.Expect(page.Locator("#recs-title")).ToContainTextAsync("K-pop songs for your playlist");
        var pick = page.Locator("li.recommendation").Nth(2);
        await pick.GetByRole(AriaRole.Button, new() { Name = "4 stars", Exact = true }).ClickAsync();

        await Assertions.Expect(pick.Locator(".rating-status")).ToHaveTextAsync("Saved: 4 of 5");
        var impression = new Uri(page.Url).Query.Split("impression=")[1].Split('&')[0];
        var trackId = await pick.GetAttributeAsync("data-track-id");
        Assert.Equal(1, browser.Site.Scalar(
            $"SELECT COUNT(*) FROM Ratings WHERE UPPER(ImpressionId) = UPPER('{impression}') AND TrackId = {trackId} AND Stars = 4"));
        Assert.Empty(errors);
        // The page with its list (the summary, the picks, artists like this) is axe-clean too.
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
        Assert.Empty(serious);
    }

    /// <summary>Exportify's "Track URI" layout, of popular reference songs from the seed catalog.</summary>
    private string ExportifyCsv(int songs)
    {
        using var connection = browser.Site.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT "SpotifyId", "Title", "Artists" FROM "Tracks" WHERE "Catalogs" = 4 AND "Source" NOT IN ('reccobeats', 'spotify') AND "Artists" <> ''
            ORDER BY "Popularity" DESC, "Id" LIMIT {songs} OFFSET 100
            """;
        using var reader = command.ExecuteReader();
        var csv = new StringBuilder("\"Track URI\",\"Track Name\",\"Album Name\",\"Artist Name(s)\",\"Release Date\",\"Duration (ms)\",\"Popularity\"\n");
        while (reader.Read())
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"\"spotify:track:{reader.GetString(0)}\",{Quote(reader.GetString(1))},\"An Album\",{Quote(reader.GetString(2))},\"2020-01-01\",\"200000\",\"60\"\n");
        }
        return csv.ToString();
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
