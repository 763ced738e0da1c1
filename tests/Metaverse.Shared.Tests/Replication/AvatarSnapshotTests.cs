using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public class AvatarSnapshotTests
{
    [Fact]
    public void Owning_sorts_in_place_by_entity_id()
    {
        var snapshot = AvatarSnapshot.Owning(5, [new(9, default), new(2, default), new(4, default)]);

        Assert.Equal([2u, 4u, 9u], snapshot.Entities.ToArray().Select(e => e.EntityId));
        Assert.True(snapshot.TryGetPose(4, out _));
    }

    [Fact]
    public void Owning_refuses_a_duplicate_id() =>
        Assert.Throws<ArgumentException>(() => AvatarSnapshot.Owning(5, [new(3, default), new(3, default)]));
}
