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

    [Fact]
    public void Owning_an_array_already_in_order_keeps_it_and_reclaim_hands_it_back()
    {
        AvatarEntity[] entities = [new(2, default), new(4, default), new(9, default)];

        var snapshot = AvatarSnapshot.Owning(5, entities);

        Assert.Same(entities, snapshot.Reclaim());
        Assert.Equal([2u, 4u, 9u], entities.Select(e => e.EntityId));
    }
}
