using Metaverse.ClientXr.Content;
using Metaverse.ClientXr.Content.Avatars;

namespace Metaverse.ClientXr.Tests.Content.Avatars;

public sealed class AvatarTests
{
    [Fact]
    public void Head_visor_and_hands_are_closed_outward_solids()
    {
        var avatar = ContentLibrary.Avatar;
        MeshChecks.AssertWellFormedSolid(avatar.Head);
        MeshChecks.AssertWellFormedSolid(avatar.Visor);
        MeshChecks.AssertWellFormedSolid(avatar.LeftHand, minimumNormalDot: -0.2f);
        MeshChecks.AssertWellFormedSolid(avatar.RightHand, minimumNormalDot: -0.2f);
    }

    [Fact]
    public void Visor_sits_on_the_front_of_the_head_facing_minus_z()
    {
        var avatar = ContentLibrary.Avatar;

        Assert.True(avatar.Visor.BoundsMin.Z < avatar.Head.BoundsMin.Z, "the visor stands proud of the face");
        Assert.True(avatar.Visor.BoundsMax.Z < 0f, "the visor does not reach the back of the head");
    }

    [Fact]
    public void Hands_are_mirror_images_with_the_thumb_inside()
    {
        var avatar = ContentLibrary.Avatar;

        Assert.Equal(-avatar.RightHand.BoundsMin.X, avatar.LeftHand.BoundsMax.X, 5);
        Assert.True(-avatar.RightHand.BoundsMin.X > avatar.RightHand.BoundsMax.X, "the right thumb sticks out towards −x");
        Assert.InRange(avatar.RightHand.BoundsMax.Z - avatar.RightHand.BoundsMin.Z, 0.10f, 0.14f);
    }

    [Fact]
    public void Colours_are_stable_and_neighbouring_ids_differ()
    {
        Assert.Equal(AvatarColors.For(42), AvatarColors.For(42));
        for (uint id = 0; id < 16; id++)
        {
            var a = AvatarColors.For(id);
            var b = AvatarColors.For(id + 1);
            var distance = Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B);
            Assert.True(distance > 0.2f, $"ids {id} and {id + 1} look alike: {a} vs {b}");
            Assert.InRange(Math.Max(a.R, Math.Max(a.G, a.B)), 0.5f, 1f);
        }
    }
}
