using System.Numerics;
using Metaverse.ClientXr.Platform.OpenXr;
using Metaverse.ClientXr.Xr;

namespace Metaverse.ClientXr.Tests.Xr;

public sealed class EyeMathTests
{
    [Fact]
    public void Each_eye_sees_a_point_ahead_from_its_own_side_and_the_head_is_between_the_eyes()
    {
        var fov = new XrFovf { AngleLeft = -0.8f, AngleRight = 0.7f, AngleUp = 0.75f, AngleDown = -0.8f };
        var left = Eye(new Vector3(-0.032f, 1.6f, 0), fov);
        var right = Eye(new Vector3(0.032f, 1.6f, 0), fov);
        var space = new PlaySpace(Vector3.Zero, 0);
        var point = new Vector3(0, 1.6f, -1);
        var leftClip = Clip(EyeMath.View(space, left, 100, 100), point);
        var rightClip = Clip(EyeMath.View(space, right, 100, 100), point);
        Assert.True(leftClip.X > rightClip.X, $"left eye sees the point further right: {leftClip.X} vs {rightClip.X}");
        PlaySpaceTests.AssertClose(new Vector3(0, 1.6f, 0), EyeMath.Head(left, right).Position);
    }

    [Fact]
    public void The_projection_maps_the_fov_edges_to_the_clip_edges()
    {
        var fov = new XrFovf { AngleLeft = -0.9f, AngleRight = 0.6f, AngleUp = 0.5f, AngleDown = -0.7f };
        var projection = EyeMath.Projection(fov);
        var rightEdge = Vector4.Transform(new Vector4(MathF.Tan(0.6f), 0, -1, 1), projection);
        var bottomEdge = Vector4.Transform(new Vector4(0, MathF.Tan(-0.7f), -1, 1), projection);
        Assert.Equal(1f, rightEdge.X / rightEdge.W, 4);
        Assert.Equal(-1f, bottomEdge.Y / bottomEdge.W, 4);
    }

    private static XrView Eye(Vector3 position, XrFovf fov) => new()
    {
        Pose = new XrPosef { Orientation = new XrQuaternionf { W = 1 }, Position = new XrVector3f { X = position.X, Y = position.Y, Z = position.Z } },
        Fov = fov,
    };

    private static Vector2 Clip(Metaverse.ClientXr.Rendering.RenderView view, Vector3 point)
    {
        var clip = Vector4.Transform(new Vector4(point, 1), view.View * view.Projection);
        return new Vector2(clip.X / clip.W, clip.Y / clip.W);
    }
}
