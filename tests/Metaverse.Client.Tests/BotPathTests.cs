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
    public void Same_seed_same_path_other_seed_other_path()
    {
        Assert.Equal(new BotPath(3).PoseAt(12.5), new BotPath(3).PoseAt(12.5));
        Assert.NotEqual(new BotPath(3).PoseAt(12.5).HeadPosition, new BotPath(4).PoseAt(12.5).HeadPosition);
    }
}
