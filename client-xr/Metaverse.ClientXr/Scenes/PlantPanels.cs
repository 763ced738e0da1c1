using System.Numerics;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// The plant hall's world-space panels, one above each machine, facing +z: live readings with units, a chart of a
/// key channel's history, and controls whose commands carry the user's reason (a slider sends one setpoint on
/// release; the server's refusal shows under it). Setpoints the twin publishes as channels (bioreactor temperature,
/// shelf) follow the server; the line's feed and turret setpoints are parameters, not replicated, so those sliders
/// start at the model defaults and keep what this user last sent.
/// </summary>
internal sealed class PlantPanels
{
    public static readonly Matrix4x4 LinePanel = Matrix4x4.CreateTranslation(-6.4f, 4.4f, -3.9f);
    public static readonly Matrix4x4 BioreactorPanel = Matrix4x4.CreateTranslation(1.7f, 4.4f, -3.9f);
    public static readonly Matrix4x4 DryerPanel = Matrix4x4.CreateTranslation(4.6f, 4.4f, -3.9f);

    private readonly float[] _chart = new float[300];
    private float _apiSetpoint = 2f;
    private float _turretSpeed = 55.5f;
    private float _temperatureSetpoint = 36.5f;
    private float _shelfSetpoint = 20f;

    public void Frame(WorldContext world, string? line, string? bioreactor, string? dryer)
    {
        if (line is not null)
        {
            Line(world, line);
        }

        if (bioreactor is not null)
        {
            Bioreactor(world, bioreactor);
        }

        if (dryer is not null)
        {
            Dryer(world, dryer);
        }
    }

    private void Line(WorldContext world, string twin)
    {
        var ui = world.Ui;
        ui.WindowBegin($"Tablet line · {twin}", LinePanel, new Vector2(2.4f, 1.75f));
        var running = world.Value(twin, "line.running") > 0;
        ui.Label(running ? "Line running" : "Line stopped");
        ui.SameLine();
        if (ui.Button(running ? "Stop" : "Start"))
        {
            world.Commands.Send("line", twin, running ? "stop" : "start", world.Reason);
        }

        PanelWidgets.Reading(ui, "API (NIR)", world.Value(twin, "nir.api"), "%");
        PanelWidgets.Reading(ui, "Tablets", world.Value(twin, "press.throughput"), "/h", "0");
        PanelWidgets.Reading(ui, "Lot AV", world.Value(twin, "release.av"), "", "0.0");
        PanelWidgets.Reading(ui, "Press RUL", world.Value(twin, "health.rul"), "h", "0.0");
        if (ui.Slider("API feed##api", ref _apiSetpoint, 0f, 10f, "{0:0.00} kg/h"))
        {
            world.Commands.Send("line", twin, "setpoint", world.Reason, ("name", "feeder.api.setpoint"), ("value", PanelWidgets.Number(_apiSetpoint)));
        }

        if (ui.Slider("Turret##turret", ref _turretSpeed, 5f, 120f, "{0:0} /min"))
        {
            world.Commands.Send("line", twin, "setpoint", world.Reason, ("name", "press.turret_speed"), ("value", PanelWidgets.Number(_turretSpeed)));
        }

        PanelWidgets.Feedback(world, "line");
        PanelWidgets.History(world, twin, "nir.api", "API by NIR", "%", _chart);
        ui.WindowEnd();
    }

    private void Bioreactor(WorldContext world, string twin)
    {
        var ui = world.Ui;
        ui.WindowBegin($"Bioreactor · {twin}", BioreactorPanel, new Vector2(2.4f, 1.75f));
        PanelWidgets.Reading(ui, "Viable cells", world.Value(twin, "cells.viable"), "10⁶/mL");
        PanelWidgets.Reading(ui, "Viability", world.Value(twin, "cells.viability"), "%", "0.0");
        PanelWidgets.Reading(ui, "Titer", world.Value(twin, "titer"), "mg/L", "0");
        PanelWidgets.Reading(ui, "Temperature", world.Value(twin, "temperature.pv"), "°C");
        Follow(ui, "Setpoint##temperature", ref _temperatureSetpoint, world.Value(twin, "temperature.sp"));
        if (ui.Slider("Setpoint##temperature", ref _temperatureSetpoint, 30f, 40f, "{0:0.0} °C"))
        {
            world.Commands.Send("bioreactor", twin, "setpoint", world.Reason, ("loop", "temperature"), ("value", PanelWidgets.Number(_temperatureSetpoint)));
        }

        PanelWidgets.Feedback(world, "bioreactor");
        PanelWidgets.History(world, twin, "cells.viable", "Viable cells", "10⁶/mL", _chart);
        ui.WindowEnd();
    }

    /// <summary>A slider whose setpoint is a replicated channel shows the server's value unless someone is dragging it here.</summary>
    private static void Follow(WorldUi ui, string slider, ref float value, float replicated)
    {
        if (!float.IsNaN(replicated) && !ui.IsDragging(slider))
        {
            value = replicated;
        }
    }

    private void Dryer(WorldContext world, string twin)
    {
        var ui = world.Ui;
        ui.WindowBegin($"Freeze dryer · {twin}", DryerPanel, new Vector2(2.4f, 1.75f));
        PanelWidgets.Reading(ui, "Shelf", world.Value(twin, "shelf.temperature"), "°C", "0.0");
        PanelWidgets.Reading(ui, "Chamber", world.Value(twin, "chamber.pressure"), "Torr", "0.000");
        PanelWidgets.Reading(ui, "Dried", world.Value(twin, "shelf.dried_fraction"), "%", "0.0");
        PanelWidgets.Reading(ui, "Warmest vial", world.Value(twin, "product.max_bottom_temperature"), "°C", "0.0");
        Follow(ui, "Shelf setpoint##shelf", ref _shelfSetpoint, world.Value(twin, "shelf.setpoint"));
        if (ui.Slider("Shelf setpoint##shelf", ref _shelfSetpoint, -50f, 40f, "{0:0} °C"))
        {
            world.Commands.Send("dryer", twin, "setpoint", world.Reason, ("target", "shelf"), ("value_c", PanelWidgets.Number(_shelfSetpoint)));
        }

        PanelWidgets.Feedback(world, "dryer");
        PanelWidgets.History(world, twin, "product.max_bottom_temperature", "Warmest vial bottom", "°C", _chart);
        ui.WindowEnd();
    }
}
