using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class CdcDiversionTests
{
    [Fact]
    public void A_refill_disturbance_diverts_exactly_the_material_predicted_out_of_spec()
    {
        var line = CdcTestLines.Create(5, ("feeder.auto_refill", 0), ("feeder.refill_disturbance", 0.3));
        line.Step(1800);
        Assert.Equal(0, CdcTestLines.Channel(line, "divert.mass"));
        CdcTestLines.Run(line, TwinCommand.Of("refill", ("feeder", "excipient")));

        double expected = 0, worstPredictionError = 0;
        var limit = 0.05 * 10; // ± 5 % of the 10 % target, in % w/w
        for (var i = 0; i < 1200; i++)
        {
            var predicted = CdcTestLines.Channel(line, "divert.predicted_api");
            var outflow = CdcTestLines.Channel(line, "blender.outflow");
            worstPredictionError = Math.Max(worstPredictionError, Math.Abs(predicted - CdcTestLines.Channel(line, "blender.api")));
            line.Step(1);
            if (Math.Abs(predicted - 10) > limit)
            {
                expected += CdcTestLines.Channel(line, "blender.outflow") - outflow;
            }
        }

        var diverted = CdcTestLines.Channel(line, "divert.mass");
        Assert.True(expected > 0.01, $"the refill should push the blend out of spec (predicted out-of-spec mass {expected} kg)");
        Assert.Equal(expected, diverted, 12);
        Assert.True(worstPredictionError < 0.1, $"the RTD soft sensor should track the true outlet (worst {worstPredictionError} % w/w)");
    }

    [Fact]
    public void Material_reaching_the_press_stays_in_spec_through_a_refill()
    {
        var line = CdcTestLines.Create(5, ("feeder.auto_refill", 0), ("feeder.refill_disturbance", 0.3), ("feeder.measurement_noise", 0));
        line.Step(1800);
        CdcTestLines.Run(line, TwinCommand.Of("refill", ("feeder", "excipient")));
        var worst = 0.0;
        for (var i = 0; i < 1200; i++)
        {
            var diverting = CdcTestLines.Channel(line, "divert.active") == 1;
            var api = CdcTestLines.Channel(line, "blender.api");
            line.Step(1);
            var sentOn = CdcTestLines.Channel(line, "divert.active") == 0 && !diverting;
            worst = sentOn ? Math.Max(worst, Math.Abs(api - 10)) : worst;
        }

        Assert.True(worst <= 0.5 + 0.05, $"material sent to the press deviated {worst} % w/w from target");
    }
}
