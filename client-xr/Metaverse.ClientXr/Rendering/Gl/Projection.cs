using System.Numerics;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>
/// Perspective projections for OpenGL clip space (z −1 at the near plane, +1 at the far plane), in the
/// System.Numerics row-vector convention (<c>clip = eye * projection</c>), looking down −z with +y up.
/// </summary>
public static class Projection
{
    /// <summary>A symmetric frustum: <paramref name="verticalFovRadians"/> top to bottom, <paramref name="aspect"/> = width / height.</summary>
    public static Matrix4x4 Perspective(float verticalFovRadians, float aspect, float near, float far)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(verticalFovRadians, 0f);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(verticalFovRadians, MathF.PI);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(aspect, 0f);
        var up = MathF.Tan(verticalFovRadians / 2f);
        return FromTangents(-up * aspect, up * aspect, up, -up, near, far);
    }

    /// <summary>
    /// An OpenXR-style frustum (XrFovf): the angles in radians of the left, right, top and bottom planes from the view
    /// direction, left and down usually negative.
    /// </summary>
    public static Matrix4x4 Asymmetric(float angleLeft, float angleRight, float angleUp, float angleDown, float near, float far)
    {
        if (angleRight <= angleLeft || angleUp <= angleDown)
        {
            throw new ArgumentException($"empty field of view: left {angleLeft}, right {angleRight}, up {angleUp}, down {angleDown} (radians)");
        }

        return FromTangents(MathF.Tan(angleLeft), MathF.Tan(angleRight), MathF.Tan(angleUp), MathF.Tan(angleDown), near, far);
    }

    private static Matrix4x4 FromTangents(float left, float right, float up, float down, float near, float far)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(near, 0f);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(far, near);
        var width = right - left;
        var height = up - down;
        var depth = far - near;
        return new Matrix4x4(
            2f / width, 0f, 0f, 0f,
            0f, 2f / height, 0f, 0f,
            (right + left) / width, (up + down) / height, -(far + near) / depth, -1f,
            0f, 0f, -2f * far * near / depth, 0f);
    }
}
