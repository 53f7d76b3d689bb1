using MusicRecommender.Domain.Experiments;

namespace MusicRecommender.Domain.Tests.Experiments;

public sealed class RandomControlTests
{
    [Fact]
    public void Pick_WhenGivenTheSameSeed_ReturnsTheSameTracksWhateverTheCandidateOrder()
    {
        var candidates = Enumerable.Range(1, 500).ToArray();

        var first = RandomControl.Pick(candidates, 10, null, 1234);
        var shuffled = RandomControl.Pick(candidates.Reverse(), 10, null, 1234);
        var other = RandomControl.Pick(candidates, 10, null, 4321);

        Assert.Equal(first, shuffled);
        Assert.NotEqual(first, other);
        Assert.Equal(10, first.Distinct().Count());
    }

    [Fact]
    public void Pick_WhenTheQueryIsInTheCatalog_LeavesItOut()
    {
        var picks = Enumerable.Range(0, 200).SelectMany(seed => RandomControl.Pick([1, 2, 3, 4, 5], 4, 3, seed)).ToArray();

        Assert.DoesNotContain(3, picks);
        Assert.Equal([1, 2, 4, 5], picks.Distinct().Order());
    }

    [Fact]
    public void Pick_WhenAskedForMoreThanTheCatalogHolds_ReturnsEveryCandidateOnce()
    {
        var picks = RandomControl.Pick([7, 8, 9], 10, null, 1);

        Assert.Equal([7, 8, 9], picks.Order());
    }

    [Fact]
    public void Pick_WhenRepeatedOverManySeeds_DrawsEveryTrackAboutEquallyOften()
    {
        var counts = new int[20];
        for (var seed = 0; seed < 4000; seed++)
        {
            foreach (var id in RandomControl.Pick(Enumerable.Range(0, 20), 5, null, seed)) counts[id]++;
        }

        // 4000 draws of 5 from 20: 1000 expected per track.
        Assert.All(counts, c => Assert.InRange(c, 880, 1120));
    }

    [Fact]
    public void Draw_ReadOnPastPick_IsAPermutationThatStartsWithPicksDraws()
    {
        var candidates = Enumerable.Range(1, 300).ToArray();

        var drawn = RandomControl.Draw(candidates, 17, 99).ToArray();

        Assert.Equal(RandomControl.Pick(candidates, 25, 17, 99), drawn[..25]);
        Assert.Equal(candidates.Where(c => c != 17), drawn.Order());
    }

    [Fact]
    public void DrawSorted_WhenThePoolIsHeldSorted_DrawsWhatDrawDrawsFromTheCandidatesLessTheExcluded()
    {
        var pool = Enumerable.Range(1, 400).Select(i => i * 3).ToArray();
        var candidates = pool.Where(id => id != 30).Reverse().Concat([pool[5]]);

        var sorted = RandomControl.DrawSorted(pool, [30, 99], 7).ToArray();

        Assert.Equal(RandomControl.Draw(candidates, 99, 7).ToArray(), sorted);
        Assert.Equal(pool.Where(id => id is not 30 and not 99), sorted.Order());
        Assert.Equal(Enumerable.Range(1, 400).Select(i => i * 3), pool);
    }
}
