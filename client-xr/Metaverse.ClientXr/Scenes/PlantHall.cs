using System.Numerics;
using Metaverse.ClientXr.Content;
using Metaverse.ClientXr.Content.Plant;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// The plant hall: the tablet line (three feeders, blender, press) along z = −3 m, the bioreactor and the freeze
/// dryer to the east, each showing its twin's live state — hopper levels, turning turret and agitator, the chute
/// red while diverting, culture level, shelf temperature, vial drying — with a health light, and a panel each
/// (<see cref="PlantPanels"/>). Twins: the room's first cdc-line, bioreactor and lyophilizer.
/// </summary>
internal sealed class PlantHall
{
    public static readonly Vector3 ApiFeeder = new(-6.2f, 0f, -3f);
    public static readonly Vector3 ExcipientFeeder = new(-5.2f, 0f, -3f);
    public static readonly Vector3 LubricantFeeder = new(-4.2f, 0f, -3f);
    public static readonly Vector3 Blender = new(-2.6f, 0f, -3f);
    public static readonly Vector3 Press = new(-0.8f, 0f, -3f);
    public static readonly Vector3 BioreactorAt = new(2.6f, 0f, -3f);
    public static readonly Vector3 FreezeDryerAt = new(5.6f, 0f, -3f);

    /// <summary>Default hopper capacities of the line (kg; the cdc-line's feeder.*.capacity parameters).</summary>
    private static readonly float[] HopperCapacityKg = [8f, 40f, 2f];
    private static readonly string[] Feeders = ["api", "excipient", "lubricant"];

    /// <summary>Punch stations of the simulated press (the cdc-line's press.stations default): turret rev/min = tablets/h ÷ (stations × 60).</summary>
    private const float SimulatedStations = 24f;

    private const float BlenderRadiansPerSecond = 2f * MathF.PI * 2f;
    private const float ImpellerRadiansPerSecond = 2f * MathF.PI * 1.5f;

    private readonly TwinClock _turret = new();
    private readonly TwinClock _agitator = new();
    private readonly TwinClock _impeller = new();
    private readonly PlantPanels _panels = new();

    public void Frame(WorldContext world, DrawList list)
    {
        var line = world.TwinOfKind("cdc-line");
        var bioreactor = world.TwinOfKind("bioreactor");
        var dryer = world.TwinOfKind("lyophilizer");
        DrawLine(world, line, list);
        DrawBioreactor(world, bioreactor, list);
        DrawFreezeDryer(world, dryer, list);
        _panels.Frame(world, line, bioreactor, dryer);
    }

    private void DrawLine(WorldContext world, string? line, DrawList list)
    {
        var feeder = ContentLibrary.Feeder;
        Vector3[] places = [ApiFeeder, ExcipientFeeder, LubricantFeeder];
        var refilling = world.Value(line, "feeder.refilling") > 0;
        for (var i = 0; i < 3; i++)
        {
            var at = Matrix4x4.CreateTranslation(places[i]);
            DrawParts(feeder.StaticParts, at, list);
            var level = world.Value(line, $"feeder.{Feeders[i]}.level") / HopperCapacityKg[i];
            list.Mesh(feeder.HopperFill, LossInWeightFeeder.FillTransform(float.IsNaN(level) ? 0f : level) * at, LossInWeightFeeder.FillColor);
            Light(LossInWeightFeeder.StatusLightAnchor, at, HealthColors.For(level, level < 0.05f, refilling), list);
        }

        var running = world.Value(line, "line.running");
        var time = world.Value(line, "time");
        var blender = ContentLibrary.Blender;
        var blenderAt = Matrix4x4.CreateTranslation(Blender);
        DrawParts(blender.StaticParts, blenderAt, list);
        var agitator = _agitator.Advance(time, running > 0 ? BlenderRadiansPerSecond : 0f);
        list.Mesh(blender.Agitator, ContinuousBlender.AgitatorTransform(agitator) * blenderAt, ContinuousBlender.AgitatorColor);
        Light(ContinuousBlender.StatusLightAnchor, blenderAt, HealthColors.For(running, false, running <= 0), list);
        DrawPress(world, line, time, list);
    }

    private void DrawPress(WorldContext world, string? line, float time, DrawList list)
    {
        var press = ContentLibrary.TabletPress;
        var at = Matrix4x4.CreateTranslation(Press);
        DrawParts(press.StaticParts, at, list);
        var tabletsPerHour = world.Value(line, "press.throughput");
        var radiansPerSecond = float.IsNaN(tabletsPerHour) ? 0f : tabletsPerHour / (SimulatedStations * 60f) / 60f * 2f * MathF.PI;
        list.Mesh(press.Turret, TabletPress.TurretTransform(_turret.Advance(time, radiansPerSecond)) * at, TabletPress.TurretColor);
        var diverting = world.Value(line, "divert.active") > 0;
        list.Mesh(press.DischargeChute, at, diverting ? Rgba.Red : TabletPress.ChuteColor, emissive: diverting);
        var failed = world.Value(line, "health.failed") > 0;
        var warning = world.Value(line, "health.alert") > 0 || world.Value(line, "health.anomaly") > 0;
        Light(TabletPress.StatusLightAnchor, at, HealthColors.For(world.Value(line, "health.rul"), failed, warning), list);
    }

    private void DrawBioreactor(WorldContext world, string? twin, DrawList list)
    {
        var vessel = ContentLibrary.Bioreactor;
        var at = Matrix4x4.CreateTranslation(BioreactorAt);
        DrawParts(vessel.StaticParts, at, list);
        var fraction = world.Value(twin, "volume") / 2000f; // volume_max default, L
        list.Mesh(vessel.Liquid, Bioreactor.LiquidTransform(float.IsNaN(fraction) ? 0f : fraction) * at, Bioreactor.LiquidColor);
        var impeller = _impeller.Advance(world.Value(twin, "time"), world.Value(twin, "harvested") > 0 ? 0f : ImpellerRadiansPerSecond);
        list.Mesh(vessel.Impeller, Bioreactor.ImpellerTransform(impeller) * at, Bioreactor.ImpellerColor);
        var alarm = world.Value(twin, "temperature.alarm") > 0 || world.Value(twin, "ph.alarm") > 0 || world.Value(twin, "do.alarm") > 0;
        var contaminated = world.Value(twin, "contaminant") > 0.01f;
        Light(Bioreactor.StatusLightAnchor, at, HealthColors.For(fraction, contaminated, alarm), list);
    }

    private static void DrawFreezeDryer(WorldContext world, string? twin, DrawList list)
    {
        var dryer = ContentLibrary.FreezeDryer;
        var at = Matrix4x4.CreateTranslation(FreezeDryerAt);
        DrawParts(dryer.StaticParts, at, list);
        list.Mesh(dryer.Door, FreezeDryer.DoorTransform(1.9f) * at, FreezeDryer.DoorColor);
        var shelfColour = HealthColors.Temperature(world.Value(twin, "shelf.temperature"));
        foreach (var shelf in dryer.ShelfTransforms)
        {
            list.Mesh(dryer.Shelf, shelf * at, shelfColour);
        }

        var dried = world.Value(twin, "shelf.dried_fraction") / 100f;
        var vialColour = Rgba.Lerp(new Rgba(0.8f, 0.9f, 1f), new Rgba(0.92f, 0.8f, 0.55f), float.IsNaN(dried) ? 0f : dried);
        foreach (var vial in dryer.VialTransforms)
        {
            list.Mesh(dryer.Vial, vial * at, vialColour);
        }

        var collapse = world.Value(twin, "alarm.collapse") > 0;
        var complete = world.Value(twin, "drying.complete") > 0;
        Light(FreezeDryer.StatusLightAnchor, at, HealthColors.For(dried, collapse, complete), list);
    }

    private static void DrawParts(IReadOnlyList<MeshPart> parts, in Matrix4x4 world, DrawList list)
    {
        foreach (var part in parts)
        {
            list.Mesh(part.Mesh, world, part.Color);
        }
    }

    private static void Light(Vector3 anchor, in Matrix4x4 world, Rgba colour, DrawList list)
    {
        var light = ContentLibrary.StatusLight;
        var at = Matrix4x4.CreateTranslation(anchor) * world;
        list.Mesh(light.Base, at, StatusLight.BaseColor);
        list.Mesh(light.Lamp, at, colour, emissive: true);
    }
}
