using P = Metaverse.Twins.Plant.Lyophilization.LyoParameters;

namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>Channel values: every vial's pseudo-steady state is solved on read (no allocation).</summary>
public sealed partial class Lyophilizer
{
    public void ReadChannels(Span<double> values)
    {
        var now = _stateTime;
        var height = FrozenHeight;
        var (shelf, maxFront, maxBottom, rate, dried, dry) = (_recipe.Shelf(now), double.NegativeInfinity, double.NegativeInfinity, 0.0, 0.0, 0);
        var lastFinish = double.NegativeInfinity;
        for (var i = 0; i < _cake.Length; i++)
        {
            dried += Math.Min(_cake[i], height);
            if (_finished[i] >= 0)
            {
                dry++;
                lastFinish = Math.Max(lastFinish, _finished[i]);
                continue;
            }

            var vial = Vial(i);
            (maxFront, maxBottom, rate) = (Math.Max(maxFront, vial.FrontTemperature), Math.Max(maxBottom, vial.BottomTemperature), rate + vial.SublimationRate);
        }

        var drying = dry < _cake.Length;
        var center = Vial(CenterVial);
        var edge = Vial(EdgeVial);
        values[0] = (now - _startedAt) / 3600;
        values[1] = shelf;
        values[2] = _recipe.ShelfSetpoint;
        values[3] = _recipe.Pressure(now);
        values[4] = _recipe.PressureSetpoint;
        values[5] = FrontPosition(CenterVial);
        values[6] = 100 * FrontPosition(CenterVial) / height;
        values[7] = center.FrontTemperature;
        values[8] = center.BottomTemperature;
        values[9] = _finished[CenterVial] >= 0 ? 0 : center.SublimationRate;
        values[10] = center.Resistance;
        values[11] = edge.FrontTemperature;
        values[12] = edge.BottomTemperature;
        values[13] = 100 * FrontPosition(EdgeVial) / height;
        values[14] = 100 * dried / (height * _cake.Length);
        values[15] = rate / 1000 / (_cake.Length * _parameters[P.ProductArea] * 1e-4);
        values[16] = drying ? maxFront : shelf;
        values[17] = drying ? maxBottom : shelf;
        values[18] = _parameters[P.CollapseTemperature];
        values[19] = drying && maxBottom >= _parameters[P.CollapseTemperature] - _parameters[P.CollapseMargin] ? 1 : 0;
        values[20] = dry;
        values[21] = drying ? 0 : 1;
        values[22] = drying ? 0 : (lastFinish - _startedAt) / 3600;
    }
}
