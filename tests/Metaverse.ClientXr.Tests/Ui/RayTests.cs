using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class RayTests
{
    private readonly Ray _down = new(new Vector3(1f, 3f, 2f), -Vector3.UnitY);

    [Fact]
    public void A_ray_meets_a_plane_ahead_from_either_side_but_only_the_front_counts_as_a_front_hit()
    {
        Assert.True(_down.TryIntersectPlane(Vector3.Zero, Vector3.UnitY, out var distance));
        Assert.Equal(3f, distance);
        Assert.Equal(new Vector3(1f, 0f, 2f), _down.At(distance));
        Assert.True(_down.TryIntersectPlaneFront(Vector3.Zero, Vector3.UnitY, out _));
        Assert.True(_down.TryIntersectPlane(Vector3.Zero, -Vector3.UnitY, out _));
        Assert.False(_down.TryIntersectPlaneFront(Vector3.Zero, -Vector3.UnitY, out _));
    }

    [Fact]
    public void A_plane_behind_the_origin_or_parallel_to_the_ray_is_not_met()
    {
        Assert.False(_down.TryIntersectPlane(new Vector3(0f, 5f, 0f), Vector3.UnitY, out _));
        Assert.False(_down.TryIntersectPlane(Vector3.Zero, Vector3.UnitX, out _));
    }

    [Fact]
    public void The_ray_through_the_centre_pixel_looks_along_the_camera_forward()
    {
        var eye = new Vector3(0f, 1.6f, 3f);
        var view = new RenderView(
            Matrix4x4.CreateLookAt(eye, new Vector3(0f, 1.6f, 0f), Vector3.UnitY),
            Matrix4x4.CreatePerspectiveFieldOfView(1f, 16f / 9f, 0.05f, 100f),
            new PixelRect(0, 0, 1600, 900));
        var centre = Ray.FromViewPixel(view, new Vector2(800f, 450f));
        Assert.True(Vector3.Distance(-Vector3.UnitZ, centre.Direction) < 1e-4f, $"{centre.Direction}");
        Assert.True(Vector3.Distance(eye, centre.Origin) < 0.1f, $"{centre.Origin}");
        var upperLeft = Ray.FromViewPixel(view, new Vector2(0f, 0f));
        Assert.True(upperLeft.Direction.X < 0f && upperLeft.Direction.Y > 0f, $"{upperLeft.Direction}");
    }
}
