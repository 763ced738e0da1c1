namespace Metaverse.Twins.Plant.Cdc;

/// <summary>Time stepping: 1 s control ticks; exact continuous flows in between.</summary>
public sealed partial class CdcLine
{
    /// <summary>Advances by <paramref name="dtSeconds"/> (≥ 0, any size). Allocates nothing.</summary>
    public void Step(double dtSeconds)
    {
        if (!(dtSeconds >= 0) || double.IsPositiveInfinity(dtSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(dtSeconds), dtSeconds, "a step is a finite number of seconds ≥ 0");
        }

        var remaining = dtSeconds;
        while (remaining > 0)
        {
            if (_s.TickRemaining <= 0)
            {
                BeginTick();
                _s.TickRemaining = TickSeconds;
            }

            var h = Math.Min(remaining, _s.TickRemaining);
            Advance(h);
            remaining = h < remaining ? remaining - h : 0;
            _s.TickRemaining = h < _s.TickRemaining ? _s.TickRemaining - h : 0;
            _s.TimeSeconds += h;
        }
    }

    /// <summary>Discrete updates at the start of a tick: noise, refills, sensors, controllers, decisions.</summary>
    private void BeginTick()
    {
        if (!_s.Running)
        {
            return;
        }

        var p = _s.Parameters.AsSpan();
        var control = p[CdcParameters.ControlEnabled] >= 0.5;
        BeginFeederTick(p, control);
        var k = p[CdcParameters.BlenderTanks] / p[CdcParameters.BlenderMrt];
        var target = p[CdcParameters.ApiTarget] / 100;
        var predicted = _s.Predictor.OutletFraction(Ingredient.Api);
        _s.Diverting = _s.Predictor.OutletFlow(k) > 0 && Math.Abs(predicted - target) > p[CdcParameters.ApiTolerance] / 100 * target;
        if (_s.Blender.OutletFlow(k) > 1e-7 && _s.Nir.BeginTick(p, _s.Blender.OutletFraction(Ingredient.Api), _random) && control)
        {
            _s.Control.OnNirSample(p, _s.Nir.Reading, Math.Round(p[CdcParameters.NirPeriod]));
        }

        Span<double> blend = stackalloc double[Ingredient.Count];
        FeedFrameBlend(p, blend);
        _s.Press.BeginTick(p, blend, _s.Health.PunchSd(p), control, _random);
        _s.Health.BeginTick(p, _s.Press.Force, _random);
        if (_s.Release.Due(p[CdcParameters.ReleaseSamplePeriod]) && _s.Press.Rate > 0)
        {
            var label = p[CdcParameters.TargetWeight] * 1e-6 * target;
            var content = _s.Press.SampleWeight * blend[Ingredient.Api] / label * 100;
            _s.Release.Add(content * (1 + (p[CdcParameters.ContentRsd] / 100 * _random.NextGaussian())));
        }

        _s.Release.Tick(p[CdcParameters.LotDuration] * 3600);
        if (control)
        {
            _s.Control.OnLevel(p, _s.Hopper.Total);
        }
        else
        {
            _s.Control.Reset();
        }
    }

    private void BeginFeederTick(ReadOnlySpan<double> p, bool control)
    {
        for (var c = 0; c < Ingredient.Count; c++)
        {
            var feeder = _s.Feeders[c];
            var capacity = p[CdcParameters.FeederCapacity + c];
            if (p[CdcParameters.AutoRefill] >= 0.5 && !feeder.Refilling && feeder.Level < p[CdcParameters.RefillLevel] * capacity)
            {
                feeder.StartRefill(capacity, p[CdcParameters.RefillDuration]);
            }

            var command = p[CdcParameters.FeederSetpoint + c] / 3600 * _s.Control.LevelScale;
            if (control && c == Ingredient.Api)
            {
                command *= 1 + _s.Control.ApiTrim;
            }

            var factor = c == Ingredient.Api && _s.Bridging ? BridgingFactor : 1;
            feeder.BeginTick(command, factor, p, _random);
        }
    }

    /// <summary>Composition in the feed frame; the recipe while it is empty.</summary>
    private void FeedFrameBlend(ReadOnlySpan<double> p, Span<double> x)
    {
        if (_s.Hopper.Total > 0)
        {
            for (var c = 0; c < Ingredient.Count; c++)
            {
                x[c] = _s.Hopper.Fraction(c);
            }
        }
        else
        {
            Recipe(p, x);
        }
    }

    /// <summary>Continuous flows over <paramref name="h"/> s inside one tick.</summary>
    private void Advance(double h)
    {
        if (!_s.Running)
        {
            return;
        }

        var p = _s.Parameters.AsSpan();
        Span<double> fed = stackalloc double[Ingredient.Count];
        Span<double> measured = stackalloc double[Ingredient.Count];
        Span<double> outflow = stackalloc double[Ingredient.Count];
        Span<double> toPress = stackalloc double[Ingredient.Count];
        var ledger = _s.Ledger;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            fed[c] = _s.Feeders[c].Deliver(h);
            measured[c] = fed[c] > 0 ? _s.Feeders[c].MeasuredFlow * h : 0;
            ledger.Fed[c] += fed[c];
        }

        _step.Prepare(_s.Blender.Tanks, p[CdcParameters.BlenderTanks] / p[CdcParameters.BlenderMrt], h);
        _s.Blender.Advance(_step, h, fed, outflow);
        _s.Predictor.Advance(_step, h, measured, toPress);
        for (var c = 0; c < Ingredient.Count; c++)
        {
            ledger.BlenderOut[c] += outflow[c];
            if (_s.Diverting)
            {
                ledger.Diverted[c] += outflow[c];
            }

            toPress[c] = _s.Diverting ? 0 : outflow[c];
        }

        Compress(p, h, toPress);
        _s.Health.Run(p, h);
        _s.Energy.Run(p, h);
        _s.Running = !_s.Health.Failed;
    }

    private void Compress(ReadOnlySpan<double> p, double h, ReadOnlySpan<double> toPress)
    {
        Span<double> drawn = stackalloc double[Ingredient.Count];
        var demand = TabletPress.TabletsPerSecond(p) * _s.Press.Weight * h;
        _s.Hopper.Exchange(toPress, demand, drawn);
        var mass = 0.0;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            _s.Ledger.Tablets[c] += drawn[c];
            mass += drawn[c];
        }

        var tablets = mass / _s.Press.Weight;
        _s.Press.Tablets += tablets;
        _s.Press.Rate = tablets / h;
    }
}
