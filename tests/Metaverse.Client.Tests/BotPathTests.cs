using System.Numerics;

namespace Metaverse.Client.Tests;

public class BotPathTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    [InlineData(500)]
    public void Walks_smoothly_inside_the_area_at_head_height(int seed)
    {
        var path = new BotPath(seed);
        const double step = 0.005;
        var previous = path.PoseAt(0);
        double maxHead = 0, maxHand = 0;
        for (var t = step; t <= 300; t += step)
        {
            var pose = path.PoseAt(t);
            maxHead = Math.Max(maxHead, Vector3.Distance(pose.HeadPosition, previous.HeadPosition) / step);
            maxHand = Math.Max(maxHand, Math.Max(
                Vector3.Distance(pose.LeftHandPosition, previous.LeftHandPosition),
                Vector3.Distance(pose.RightHandPosition, previous.RightHandPosition)) / step);
            foreach (var p in new[] { pose.HeadPosition, pose.LeftHandPosition, pose.RightHandPosition })
            {
                Assert.InRange(p.X, -10f, 10f);
                Assert.InRange(p.Z, -10f, 10f);
            }

            Assert.InRange(pose.HeadPosition.Y, BotPath.HeadHeight - 0.05f, BotPath.HeadHeight + 0.05f);
            Assert.InRange(pose.LeftHandPosition.Y, 0.5f, 1.5f);
            foreach (var q in new[] { pose.HeadRotation, pose.LeftHandRotation, pose.RightHandRotation })
            {
                Assert.InRange(q.Length(), 0.999f, 1.001f);
            }

            previous = pose;
        }

        Assert.InRange(maxHead, 0.1, BotPath.MaxHeadSpeed);
        Assert.InRange(maxHand, 0.1, BotPath.MaxHandSpeed);
    }

    [Fact]
    public void A_walk_around_another_centre_stays_within_its_extent_of_that_centre()
    {
        var centre = new Vector3(40, 0, -3);
        var path = new BotPath(7, centre, extent: 2.5f);
        for (var t = 0.0; t <= 120; t += 0.25)
        {
            var head = path.PoseAt(t).HeadPosition;
            Assert.InRange(head.X, centre.X - 2.5f, centre.X + 2.5f);
            Assert.InRange(head.Z, centre.Z - 2.5f, centre.Z + 2.5f);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => new BotPath(1, centre, BotPath.Extent + 1));
    }

    [Fact]
    public void Same_seed_same_path_other_seed_other_path()
    {
        Assert.Equal(new BotPath(3).PoseAt(12.5), new BotPath(3).PoseAt(12.5));
        Assert.NotEqual(new BotPath(3).PoseAt(12.5).HeadPosition, new BotPath(4).PoseAt(12.5).HeadPosition);
    }
}
