using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>The channels a <see cref="Bioreactor"/> publishes, in <see cref="Bioreactor.ReadChannels"/> order.</summary>
public static class BioreactorChannels
{
    public static IReadOnlyList<ChannelSpec> All { get; } =
    [
        new("cells.viable", "10*6/mL", "viable cell density Xv", 0.01),
        new("cells.total", "10*6/mL", "total cell density Xt (viable + dead)", 0.01),
        new("cells.viability", "%", "viable / total cells", 0.1),
        new("glucose", "mmol/L", "glucose concentration", 0.05),
        new("glutamine", "mmol/L", "glutamine concentration", 0.01),
        new("lactate", "mmol/L", "lactate concentration", 0.05),
        new("ammonia", "mmol/L", "ammonia concentration", 0.01),
        new("titer", "mg/L", "antibody titer", 1),
        new("volume", "L", "working volume", 0.1),
        new("growth_rate", "/h", "specific growth rate μ", 1e-4),
        new("death_rate", "/h", "specific death rate μd", 1e-4),
        new("ivcd", "10*6/mL.d", "integral of viable cell density", 0.1),
        new("feed.rate", "L/h", "continuous feed rate now", 0.01),
        new("contaminant", "10*6/mL", "contaminating bacteria (training fault)", 0.001),
        new("harvested", "", "1 once the batch was harvested", 0),
        new("temperature.pv", "Cel", "temperature probe reading", 0.02),
        new("temperature.true", "Cel", "true culture temperature (trainer view)", 0.02),
        new("temperature.sp", "Cel", "temperature setpoint", 0),
        new("temperature.output", "%", "jacket heater output", 0.5),
        new("temperature.alarm", "", "1 when the reading is more than 1 °C off setpoint", 0),
        new("ph.pv", "[pH]", "pH probe reading", 0.005),
        new("ph.true", "[pH]", "true culture pH (trainer view)", 0.005),
        new("ph.sp", "[pH]", "pH setpoint", 0),
        new("ph.output", "%", "base (+) / CO2 (−) output", 0.5),
        new("ph.alarm", "", "1 when the reading is more than 0.2 off setpoint", 0),
        new("do.pv", "%", "dissolved oxygen probe reading, % air saturation", 0.2),
        new("do.true", "%", "true dissolved oxygen (trainer view)", 0.2),
        new("do.sp", "%", "dissolved oxygen setpoint", 0),
        new("do.output", "%", "oxygen sparge output", 0.5),
        new("do.alarm", "", "1 when the reading is more than 15 % off setpoint", 0),
    ];
}
