using System.Numerics;
using Metaverse.ClientXr.Rendering.Gl;

namespace Metaverse.ClientXr.Tests.Rendering.Gl;

public sealed class ProjectionTests
{
    private const float Near = 0.1f;
    private const float Far = 100f;

    [Fact]
    public void Perspective_maps_the_near_plane_to_minus_one_and_the_far_plane_to_plus_one()
    {
        var projection = Projection.Perspective(MathF.PI / 3f, 16f / 9f, Near, Far);
        Assert.Equal(-1f, Ndc(new Vector3(0, 0, -Near), projection).Z, 4);
        Assert.Equal(1f, Ndc(new Vector3(0, 0, -Far), projection).Z, 3);
    }

    [Fact]
    public void Perspective_maps_the_frustum_edges_to_plus_minus_one()
    {
        const float aspect = 2f;
        var projection = Projection.Perspective(MathF.PI / 2f, aspect, Near, Far);
        // 90° vertical: the top edge at depth 5 is y = 5; the right edge is x = 5 * aspect.
        var topRight = Ndc(new Vector3(5f * aspect, 5f, -5f), projection);
        var bottomLeft = Ndc(new Vector3(-5f * aspect, -5f, -5f), projection);
        Assert.Equal(1f, topRight.X, 4);
        Assert.Equal(1f, topRight.Y, 4);
        Assert.Equal(-1f, bottomLeft.X, 4);
        Assert.Equal(-1f, bottomLeft.Y, 4);
    }

    [Fact]
    public void Asymmetric_maps_each_tangent_edge_to_its_side()
    {
        float left = -0.9f, right = 0.7f, up = 0.8f, down = -0.6f;
        var projection = Projection.Asymmetric(left, right, up, down, Near, Far);
        const float depth = 3f;
        Assert.Equal(-1f, Ndc(new Vector3(MathF.Tan(left) * depth, 0, -depth), projection).X, 4);
        Assert.Equal(1f, Ndc(new Vector3(MathF.Tan(right) * depth, 0, -depth), projection).X, 4);
        Assert.Equal(1f, Ndc(new Vector3(0, MathF.Tan(up) * depth, -depth), projection).Y, 4);
        Assert.Equal(-1f, Ndc(new Vector3(0, MathF.Tan(down) * depth, -depth), projection).Y, 4);
        Assert.Equal(-1f, Ndc(new Vector3(0, 0, -Near), projection).Z, 4);
    }

    [Fact]
    public void Asymmetric_with_symmetric_angles_equals_perspective()
    {
        var half = MathF.PI / 4f;
        var horizontal = MathF.Atan(MathF.Tan(half) * 1.5f);
        var expected = Projection.Perspective(2f * half, 1.5f, Near, Far);
        var actual = Projection.Asymmetric(-horizontal, horizontal, half, -half, Near, Far);
        Assert.True(Matrix4x4Near(expected, actual), $"{expected} vs {actual}");
    }

    [Fact]
    public void An_empty_field_of_view_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Projection.Asymmetric(0.5f, -0.5f, 0.5f, -0.5f, Near, Far));
        Assert.Throws<ArgumentOutOfRangeException>(() => Projection.Perspective(1f, 1f, 1f, 0.5f));
    }

    private static Vector3 Ndc(Vector3 eye, Matrix4x4 projection)
    {
        var clip = Vector4.Transform(new Vector4(eye, 1f), projection);
        return new Vector3(clip.X, clip.Y, clip.Z) / clip.W;
    }

    private static bool Matrix4x4Near(Matrix4x4 a, Matrix4x4 b)
    {
        for (var row = 0; row < 4; row++)
        {
            for (var column = 0; column < 4; column++)
            {
                if (MathF.Abs(a[row, column] - b[row, column]) > 1e-5f)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
