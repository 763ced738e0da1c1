using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// A small adaptive jitter buffer that puts one client's pose intents on the server's evenly spaced
/// tick times. Intents leave a client at the pace of its frame loop and cross the network with jitter,
/// so a tick may find no new intent or two: replicating "the newest intent" moves an avatar 0, 1 or 2
/// steps per tick, which viewers see as stutter and which costs the delta codec about 2 bytes per update
/// (docs/PERFORMANCE.md). Instead each tick replicates the pose at a playout time on the client's clock,
/// interpolated between the intents around it by their sampling times (<c>client_time_us</c>).
/// <para>
/// Clock: the client's clock is mapped to the server's by the smallest (arrival − sampling) time seen,
/// allowed to grow by <see cref="OffsetLeakPerSecondUs"/> per second so that a longer route or a slower
/// client clock is followed. At a tick, the client time whose intent would just have arrived is
/// "client now"; the newest intent is <c>lateness</c> older than that.
/// </para>
/// <para>
/// Playout: client now − delay, where the delay is the largest lateness seen lately (it shrinks by
/// <see cref="DelayDecay"/> of the elapsed time, up to <see cref="MaxDelayUs"/>). A client whose intents
/// arrive evenly therefore plays out at its newest intent, with no added latency; a jittery one is
/// delayed by about its jitter. Playout never goes back in time and never past the newest intent, so a
/// client that stops sending rests exactly where it was sent.
/// </para>
/// <para>
/// Not interpolated: across intents more than <see cref="MaxSampleGapUs"/> apart or implying a part faster
/// than <see cref="MaxSpeedMetresPerSecond"/> (a teleport: the older pose holds until the newer one's
/// time); intents without a sampling time, or after one whose time did not increase (the buffer starts
/// over from that intent). Simulation thread only.
/// </para>
/// </summary>
internal sealed class PoseResampler(PositionQuantizer quantizer)
{
    /// <summary>Intents kept: 16 covers the largest delay for clients sending up to 150 intents a second.</summary>
    public const int Capacity = 16;
    public const long MaxDelayUs = 100_000;
    public const double DelayDecay = 0.005;
    public const long OffsetLeakPerSecondUs = 1_000;
    public const long MaxSampleGapUs = 250_000;
    public const float MaxSpeedMetresPerSecond = 20f;

    private readonly Sample[] _samples = new Sample[Capacity];
    private int _count;
    private int _newest = -1;
    private long _offsetUs;
    private long _offsetSeenAtUs;
    private bool _hasOffset;
    private long _delayUs;
    private long _playoutUs;
    private long _lastTickUs;
    private bool _playing;

    /// <summary>True once an intent was added.</summary>
    public bool HasPose => _count > 0;

    /// <summary>The newest intent's pose as sent: what the client's user sees of their own body now.</summary>
    public QuantizedAvatarPose NewestPose => _count > 0 ? NewestSample.Quantized : throw new InvalidOperationException("No intent was added yet.");

    /// <summary>Largest lateness seen lately, microseconds: how far playout trails the client's newest intent.</summary>
    public long DelayUs => _delayUs;

    /// <summary>
    /// Adds the newest valid intent: <paramref name="clientTimeUs"/> is when the client sampled it
    /// (its clock, microseconds; 0 when unknown), <paramref name="receivedUs"/> when it arrived (server clock, microseconds).
    /// </summary>
    public void Add(in QuantizedAvatarPose pose, long clientTimeUs, long receivedUs)
    {
        if (clientTimeUs == 0 || (_count > 0 && clientTimeUs <= NewestSample.TimeUs))
        {
            (_count, _playing) = (0, false);
        }

        _newest = (_newest + 1) % Capacity;
        _samples[_newest] = new Sample(pose, pose.Dequantize(quantizer), clientTimeUs);
        _count = Math.Min(_count + 1, Capacity);
        if (clientTimeUs != 0)
        {
            TrackOffset(receivedUs - clientTimeUs, receivedUs);
        }
    }

    /// <summary>The pose for the tick at server time <paramref name="tickUs"/> (microseconds, the clock of <see cref="Add"/>); call once per tick.</summary>
    public QuantizedAvatarPose PoseAt(long tickUs)
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("No intent was added yet.");
        }

        var newest = NewestSample;
        if (_count == 1 || newest.TimeUs == 0)
        {
            return newest.Quantized;
        }

        var clientNowUs = tickUs - _offsetUs;
        var latenessUs = clientNowUs - newest.TimeUs;
        var decayUs = _playing ? (long)((tickUs - _lastTickUs) * DelayDecay) : _delayUs;
        _delayUs = Math.Clamp(Math.Max(latenessUs, _delayUs - decayUs), 0, MaxDelayUs);
        var playoutUs = clientNowUs - _delayUs;
        _playoutUs = _playing ? Math.Max(playoutUs, _playoutUs) : playoutUs;
        (_lastTickUs, _playing) = (tickUs, true);
        return At(_playoutUs);
    }

    private ref readonly Sample NewestSample => ref _samples[_newest];

    private ref readonly Sample Older(int steps) => ref _samples[(_newest - steps + Capacity) % Capacity];

    /// <summary>The pose at client time <paramref name="timeUs"/>: interpolated between the intents around it, else the nearest end.</summary>
    private QuantizedAvatarPose At(long timeUs)
    {
        for (var i = 0; i < _count - 1; i++)
        {
            ref readonly var newer = ref Older(i);
            if (timeUs >= newer.TimeUs)
            {
                return newer.Quantized;
            }

            ref readonly var older = ref Older(i + 1);
            if (timeUs > older.TimeUs)
            {
                var spanUs = newer.TimeUs - older.TimeUs;
                return spanUs > MaxSampleGapUs || IsTeleport(older.Pose, newer.Pose, spanUs)
                    ? older.Quantized
                    : Interpolate(older.Pose, newer.Pose, (timeUs - newer.TimeUs) / (float)spanUs).Quantize(quantizer);
            }
        }

        return Older(_count - 1).Quantized;
    }

    private void TrackOffset(long offsetUs, long receivedUs)
    {
        if (_hasOffset)
        {
            var leakUs = Math.Max(0, receivedUs - _offsetSeenAtUs) * OffsetLeakPerSecondUs / 1_000_000;
            offsetUs = Math.Min(offsetUs, _offsetUs + leakUs);
        }

        (_offsetUs, _offsetSeenAtUs, _hasOffset) = (offsetUs, receivedUs, true);
    }

    private static bool IsTeleport(in AvatarPose older, in AvatarPose newer, long spanUs)
    {
        var maxStep = MaxSpeedMetresPerSecond * spanUs / 1_000_000f;
        return Vector3.Distance(older.HeadPosition, newer.HeadPosition) > maxStep
            || Vector3.Distance(older.LeftHandPosition, newer.LeftHandPosition) > maxStep
            || Vector3.Distance(older.RightHandPosition, newer.RightHandPosition) > maxStep;
    }

    /// <summary>Back from <paramref name="newer"/> towards <paramref name="older"/>: <paramref name="fraction"/> in [−1, 0] of the way (−1 = older).</summary>
    private static AvatarPose Interpolate(in AvatarPose older, in AvatarPose newer, float fraction) => new(
        newer.HeadPosition + ((newer.HeadPosition - older.HeadPosition) * fraction),
        Interpolate(older.HeadRotation, newer.HeadRotation, fraction),
        newer.LeftHandPosition + ((newer.LeftHandPosition - older.LeftHandPosition) * fraction),
        Interpolate(older.LeftHandRotation, newer.LeftHandRotation, fraction),
        newer.RightHandPosition + ((newer.RightHandPosition - older.RightHandPosition) * fraction),
        Interpolate(older.RightHandRotation, newer.RightHandRotation, fraction));

    /// <summary>Normalized linear interpolation on the same hemisphere: for the few degrees between intents, indistinguishable from slerp.</summary>
    private static Quaternion Interpolate(Quaternion older, Quaternion newer, float fraction)
    {
        if (Quaternion.Dot(older, newer) < 0)
        {
            older = Quaternion.Negate(older);
        }

        return Quaternion.Normalize(newer + ((newer - older) * fraction));
    }

    private readonly record struct Sample(QuantizedAvatarPose Quantized, AvatarPose Pose, long TimeUs);
}
