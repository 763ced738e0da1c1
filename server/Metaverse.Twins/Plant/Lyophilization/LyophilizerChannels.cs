using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>
/// The channels a <see cref="Lyophilizer"/> publishes. "center" is the vial in the middle of the grid,
/// "edge" the vial in the middle of the first row; maxima are over all vials. Pressures in Torr (UCUM mm[Hg]).
/// </summary>
public static class LyophilizerChannels
{
    public static IReadOnlyList<ChannelSpec> All { get; } =
    [
        new("drying.time", "h", "time since primary drying started", 0.01),
        new("shelf.temperature", "Cel", "shelf temperature", 0.05),
        new("shelf.setpoint", "Cel", "recipe shelf setpoint", 0),
        new("chamber.pressure", "mm[Hg]", "chamber pressure (Torr)", 0.001),
        new("chamber.setpoint", "mm[Hg]", "chamber pressure setpoint (Torr)", 0),
        new("center.front_position", "cm", "dried cake thickness: depth of the sublimation front", 0.001),
        new("center.dried_fraction", "%", "fraction of the ice sublimed", 0.1),
        new("center.front_temperature", "Cel", "sublimation-front temperature", 0.05),
        new("center.bottom_temperature", "Cel", "vial-bottom product temperature", 0.05),
        new("center.sublimation_rate", "g/h", "sublimation rate of one vial", 0.001),
        new("center.product_resistance", "cm2.h.mm[Hg]/g", "dried-layer resistance Rp", 0.01),
        new("edge.front_temperature", "Cel", "sublimation-front temperature of an edge vial", 0.05),
        new("edge.bottom_temperature", "Cel", "vial-bottom temperature of an edge vial", 0.05),
        new("edge.dried_fraction", "%", "fraction of an edge vial's ice sublimed", 0.1),
        new("shelf.dried_fraction", "%", "fraction of all ice sublimed", 0.1),
        new("shelf.sublimation_flux", "kg/(h.m2)", "mean sublimation flux per product area", 0.001),
        new("product.max_front_temperature", "Cel", "warmest sublimation front on the shelf", 0.05),
        new("product.max_bottom_temperature", "Cel", "warmest vial bottom on the shelf", 0.05),
        new("product.collapse_temperature", "Cel", "collapse temperature of the formulation", 0),
        new("alarm.collapse", "", "1 when a vial bottom is within the margin of the collapse temperature", 0),
        new("vials.dry", "", "vials whose primary drying has ended", 0),
        new("drying.complete", "", "1 when every vial has ended primary drying", 0),
        new("drying.end_time", "h", "time all vials had dried (0 while drying)", 0),
    ];
}
