using System.Globalization;
using System.Numerics;
using Metaverse.Shared.Replication;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// The arguments of <c>place</c>: x, y, z in metres inside the room bounds (those of
/// <see cref="PositionQuantizer.Default"/>), and qx, qy, qz, qw a finite quaternion of length 0.5–2,
/// normalised before use. NaN and infinities are refused.
/// </summary>
internal static class LabPlacement
{
    public static readonly ParameterSpec X = Axis("x", PositionQuantizer.Default.Min.X, PositionQuantizer.Default.Max.X);
    public static readonly ParameterSpec Y = Axis("y", PositionQuantizer.Default.Min.Y, PositionQuantizer.Default.Max.Y);
    public static readonly ParameterSpec Z = Axis("z", PositionQuantizer.Default.Min.Z, PositionQuantizer.Default.Max.Z);

    private const double MinLength = 0.5;
    private const double MaxLength = 2;
    private static readonly ParameterSpec[] Fields = [X, Y, Z, Component("qx"), Component("qy"), Component("qz"), Component("qw")];

    /// <summary>The arguments as client UIs list them.</summary>
    public static readonly IReadOnlyList<ArgumentSpec> Arguments =
        [.. Fields.Select(f => new ArgumentSpec(f.Name, f.Unit == "m" ? f.Range : "qx..qw: a quaternion of length 0.5–2 (normalised)", f.Description))];

    /// <summary>The field names of the quaternion, as an error names them when only their length is wrong.</summary>
    public const string QuaternionFields = "qx,qy,qz,qw";

    public static (RigidPose Pose, TwinError? Error) Parse(TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Span<double> v = stackalloc double[Fields.Length];
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].TryParse(command.Argument(Fields[i].Name), out v[i]) is { } error)
            {
                return (default, error);
            }
        }

        var rotation = new Quaternion((float)v[3], (float)v[4], (float)v[5], (float)v[6]);
        var length = rotation.Length();
        return length is >= (float)MinLength and <= (float)MaxLength
            ? (new RigidPose(new Vector3((float)v[0], (float)v[1], (float)v[2]), Quaternion.Normalize(rotation)), null)
            : (default, new TwinError(QuaternionFields, "a rotation quaternion of length 0.5–2 (it is normalised)", string.Create(CultureInfo.InvariantCulture, $"the quaternion's length is {length:G4}")));
    }

    private static ParameterSpec Axis(string name, float min, float max) => new(name, "m", min, max, 0, $"centre {name} in the room frame");

    private static ParameterSpec Component(string name) => new(name, string.Empty, -MaxLength, MaxLength, name == "qw" ? 1 : 0, $"orientation quaternion, {name[1]}");
}
