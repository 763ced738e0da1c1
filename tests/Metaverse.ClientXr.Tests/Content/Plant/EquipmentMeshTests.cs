using System.Numerics;
using Metaverse.ClientXr.Content;
using Metaverse.ClientXr.Content.Plant;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Tests.Content.Plant;

public sealed class EquipmentMeshTests
{
    public static TheoryData<string> EveryMesh => [.. AllMeshes().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(EveryMesh))]
    public void Every_equipment_mesh_is_a_closed_outward_solid(string name)
    {
        var mesh = AllMeshes().Single(m => m.Name == name);
        MeshChecks.AssertWellFormedSolid(mesh);
    }

    [Fact]
    public void Feeder_matches_its_documented_footprint_and_height()
    {
        var feeder = ContentLibrary.Feeder;
        var (min, max) = Bounds(feeder.StaticParts);

        AssertClose(new Vector3(-0.40f, 0f, -0.30f), min);
        AssertClose(new Vector3(0.40f, LossInWeightFeeder.Height, 0.30f), max);
    }

    [Fact]
    public void Feeder_fill_at_full_level_stays_inside_the_hopper()
    {
        var fill = ContentLibrary.Feeder.HopperFill;
        var top = Vector3.Transform(new Vector3(0f, fill.BoundsMax.Y, 0f), LossInWeightFeeder.FillTransform(1f));
        var empty = Vector3.Transform(new Vector3(0f, fill.BoundsMax.Y, 0f), LossInWeightFeeder.FillTransform(0f));

        Assert.Equal(1f, fill.BoundsMax.Y - fill.BoundsMin.Y, 4);
        Assert.InRange(top.Y, LossInWeightFeeder.FillBase.Y + 0.5f, LossInWeightFeeder.Height);
        Assert.InRange(empty.Y, LossInWeightFeeder.FillBase.Y, LossInWeightFeeder.FillBase.Y + 0.01f);
        Assert.True(fill.BoundsMax.X < LossInWeightFeeder.HopperRadius - 0.015f);
    }

    [Fact]
    public void Press_turret_turns_about_its_own_axis_and_fits_between_base_and_head()
    {
        var turret = ContentLibrary.TabletPress.Turret;
        Assert.Equal(-turret.BoundsMin.X, turret.BoundsMax.X, 3);
        Assert.Equal(TabletPress.DieTableRadius, turret.BoundsMax.X, 3);
        Assert.InRange(TabletPress.TurretAnchor.Y + turret.BoundsMin.Y, 0.75f, 1.45f);
        Assert.InRange(TabletPress.TurretAnchor.Y + turret.BoundsMax.Y, 0.75f, 1.45f);

        var quarter = TabletPress.TurretTransform(MathF.PI / 2f);
        Assert.True(Vector3.Distance(TabletPress.TurretAnchor, Vector3.Transform(Vector3.Zero, quarter)) < 1e-5f);
    }

    [Fact]
    public void Press_is_one_metre_square_and_two_metres_tall()
    {
        var (min, max) = Bounds(ContentLibrary.TabletPress.StaticParts);

        AssertClose(new Vector3(-0.5f, 0f, -0.5f), min);
        AssertClose(new Vector3(0.5f, TabletPress.Height, 0.5f), max);
        var chute = ContentLibrary.TabletPress.DischargeChute;
        Assert.Equal(TabletPress.ChuteExit.X, chute.BoundsMax.X, 0.05f);
        Assert.Equal(TabletPress.ChuteExit.Y, chute.BoundsMin.Y, 0.05f);
    }

    [Fact]
    public void Bioreactor_liquid_fills_the_vessel_without_passing_its_wall()
    {
        var reactor = ContentLibrary.Bioreactor;
        var full = Vector3.Transform(new Vector3(reactor.Liquid.BoundsMax.X, 1f, 0f), Bioreactor.LiquidTransform(1f));

        Assert.True(full.X < Bioreactor.VesselRadius - 0.012f);
        Assert.InRange(full.Y, 1.4f, 1.70f);
        Assert.Equal(Bioreactor.VesselRadius, reactor.Vessel.BoundsMax.X, 3);
        Assert.Equal(1.82f, reactor.Vessel.BoundsMax.Y, 3);
        Assert.Equal(0.45f, reactor.Vessel.BoundsMin.Y, 3);
        Assert.Equal(Bioreactor.Height, Bounds(reactor.StaticParts).Max.Y, 3);
    }

    [Fact]
    public void Bioreactor_window_faces_the_front()
    {
        var vessel = ContentLibrary.Bioreactor.Vessel;
        var nearMidPlane = vessel.Positions.Where(p => Math.Abs(p.X) < 0.1f && new System.Numerics.Vector2(p.X, p.Z).Length() > 0.3f).ToList();

        Assert.True(nearMidPlane.Max(p => p.Z) < 0.01f, $"vessel wall found at z {nearMidPlane.Max(p => p.Z)} in front");
        Assert.Equal(-Bioreactor.VesselRadius, nearMidPlane.Min(p => p.Z), 3);
    }

    [Fact]
    public void Freeze_dryer_places_seven_by_seven_vials_on_every_shelf_inside_the_chamber()
    {
        var dryer = ContentLibrary.FreezeDryer;

        Assert.Equal(FreezeDryer.ShelfCount * 49, dryer.VialTransforms.Count);
        foreach (var vial in dryer.VialTransforms)
        {
            var p = vial.Translation;
            Assert.InRange(p.X, -0.66f, 0.06f);
            Assert.InRange(p.Z, -0.28f, 0.28f);
            Assert.Contains(dryer.ShelfTransforms, s => Math.Abs(s.Translation.Y - p.Y) < 1e-5f);
        }

        Assert.All(dryer.ShelfTransforms, s => Assert.True(s.Translation.Y + FreezeDryer.VialHeight < 1.26f));
        Assert.Equal(0f, dryer.Vial.BoundsMin.Y, 5);
        Assert.Equal(FreezeDryer.VialHeight, dryer.Vial.BoundsMax.Y, 5);
    }

    [Fact]
    public void Freeze_dryer_door_closes_over_the_chamber_front_and_swings_towards_the_viewer()
    {
        var door = ContentLibrary.FreezeDryer.Door;
        var farEdge = new Vector3(door.BoundsMax.X, 0.5f, 0f);

        var closed = Vector3.Transform(farEdge, FreezeDryer.DoorTransform(0f));
        var open = Vector3.Transform(farEdge, FreezeDryer.DoorTransform(MathF.PI / 2f));

        Assert.Equal(0.10f, closed.X, 2);
        Assert.True(open.Z > FreezeDryer.DoorHinge.Z + 0.7f, $"open edge at {open}");
    }

    [Fact]
    public void A_full_plant_hall_stays_within_the_triangle_budget()
    {
        var feeder = ContentLibrary.Feeder;
        var perFeeder = feeder.StaticParts.Sum(p => p.Mesh.TriangleCount) + feeder.HopperFill.TriangleCount;
        var blender = ContentLibrary.Blender.StaticParts.Sum(p => p.Mesh.TriangleCount) + ContentLibrary.Blender.Agitator.TriangleCount;
        var press = ContentLibrary.TabletPress;
        var pressTriangles = press.StaticParts.Sum(p => p.Mesh.TriangleCount) + press.Turret.TriangleCount + press.DischargeChute.TriangleCount;
        var reactor = ContentLibrary.Bioreactor;
        var reactorTriangles = reactor.StaticParts.Sum(p => p.Mesh.TriangleCount) + reactor.Liquid.TriangleCount + reactor.Impeller.TriangleCount;
        var dryer = ContentLibrary.FreezeDryer;
        var dryerTriangles = dryer.StaticParts.Sum(p => p.Mesh.TriangleCount) + dryer.Door.TriangleCount
            + (FreezeDryer.ShelfCount * dryer.Shelf.TriangleCount) + (dryer.VialTransforms.Count * dryer.Vial.TriangleCount);
        var lights = 7 * (ContentLibrary.StatusLight.Base.TriangleCount + ContentLibrary.StatusLight.Lamp.TriangleCount);

        var total = (3 * perFeeder) + blender + pressTriangles + reactorTriangles + dryerTriangles + lights;

        Assert.InRange(total, 10_000, 60_000);
    }

    [Fact]
    public void Content_is_built_once_and_shared()
    {
        Assert.Same(ContentLibrary.Feeder, ContentLibrary.Feeder);
        Assert.Same(ContentLibrary.Feeder.HopperBody, ContentLibrary.Feeder.StaticParts[0].Mesh);
    }

    internal static IEnumerable<MeshData> AllMeshes()
    {
        var feeder = ContentLibrary.Feeder;
        var blender = ContentLibrary.Blender;
        var press = ContentLibrary.TabletPress;
        var reactor = ContentLibrary.Bioreactor;
        var dryer = ContentLibrary.FreezeDryer;
        var light = ContentLibrary.StatusLight;
        return
        [
            .. feeder.StaticParts.Select(p => p.Mesh), feeder.HopperFill,
            .. blender.StaticParts.Select(p => p.Mesh), blender.Agitator,
            .. press.StaticParts.Select(p => p.Mesh), press.Turret, press.DischargeChute,
            .. reactor.StaticParts.Select(p => p.Mesh), reactor.Liquid, reactor.Impeller,
            .. dryer.StaticParts.Select(p => p.Mesh), dryer.Door, dryer.Shelf, dryer.Vial,
            light.Base, light.Lamp,
        ];
    }

    private static (Vector3 Min, Vector3 Max) Bounds(IEnumerable<MeshPart> parts) =>
        (parts.Select(p => p.Mesh.BoundsMin).Aggregate(Vector3.Min), parts.Select(p => p.Mesh.BoundsMax).Aggregate(Vector3.Max));

    private static void AssertClose(Vector3 expected, Vector3 actual) =>
        Assert.True(Vector3.Distance(expected, actual) < 2e-3f, $"expected {expected}, got {actual}");
}
