using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metaverse.Shared.Replication;

/// <summary>
/// Remembers the bits of avatar deltas already encoded, so that a server sending one tick to many
/// clients encodes each distinct (pose, reference, motion) once and copies it for the others:
/// clients that acknowledged the same snapshots hold the same references. Pass one to
/// <see cref="AvatarSnapshotCodec.Encode(AvatarSnapshot, AvatarSnapshot?, Span{byte}, AvatarDeltaCache?, IAvatarSnapshotHistory?, bool)"/>;
/// the output is bit-identical with or without it.
/// <para>
/// Not thread-safe: one per encoding thread. It forgets everything when it holds more than
/// <see cref="MaxEntries"/> deltas or <see cref="MaxBytes"/> bytes, so memory stays bounded.
/// </para>
/// </summary>
public sealed class AvatarDeltaCache
{
    public const int MaxEntries = 1 << 14;
    public const int MaxBytes = 1 << 20;

    private readonly AvatarDeltaCodec _codec;
    private readonly Dictionary<Key, (int Offset, int Bits)> _entries = new(1024);
    private byte[] _arena = new byte[64 * 1024];
    private int _arenaBytes;

    public AvatarDeltaCache(AvatarDeltaCodec codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        _codec = codec;
    }

    /// <summary>The codec whose deltas this cache holds.</summary>
    public AvatarDeltaCodec Codec => _codec;

    /// <summary>Deltas copied from the cache since creation.</summary>
    public long Hits { get; private set; }

    /// <summary>Deltas encoded (and remembered) since creation.</summary>
    public long Misses { get; private set; }

    /// <summary>
    /// Writes what <see cref="AvatarDeltaCodec.WriteDelta"/> would write for <paramref name="pose"/> against
    /// <paramref name="baseline"/> and the predictions <paramref name="motion"/> makes from it; the predictions are
    /// only computed for a delta not yet in the cache.
    /// </summary>
    public void WriteDelta(ref BitWriter writer, in QuantizedAvatarPose pose, in QuantizedAvatarPose baseline, AvatarMotion? motion)
    {
        var key = new Key(pose, baseline, motion ?? default, motion.HasValue ? 1 : 0);
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = Encode(key, pose, baseline, motion);
            Misses++;
        }
        else
        {
            Hits++;
        }

        writer.WriteBitsFrom(_arena.AsSpan(entry.Offset), entry.Bits);
    }

    private (int Offset, int Bits) Encode(in Key key, in QuantizedAvatarPose pose, in QuantizedAvatarPose baseline, AvatarMotion? motion)
    {
        var maxBytes = (_codec.MaxDeltaBits + 7) / 8;
        if (_entries.Count >= MaxEntries || _arenaBytes + maxBytes > MaxBytes)
        {
            _entries.Clear();
            _arenaBytes = 0;
        }

        if (_arena.Length < _arenaBytes + maxBytes)
        {
            Array.Resize(ref _arena, Math.Min(MaxBytes, _arena.Length * 2));
        }

        var scratch = new BitWriter(_arena.AsSpan(_arenaBytes, maxBytes));
        _codec.WriteDelta(ref scratch, pose, baseline, motion);
        var entry = (_arenaBytes, scratch.BitsWritten);
        _arenaBytes += scratch.BytesWritten;
        _entries.Add(key, entry);
        return entry;
    }

    /// <summary>
    /// Everything a delta's bits depend on, compared and hashed as raw 64-bit words (no padding: every
    /// field is 32-bit, and the fields add up to 52 of them; <see cref="WordCount"/> checks the size).
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Key(QuantizedAvatarPose pose, QuantizedAvatarPose baseline, AvatarMotion motion, int hasMotion)
        : IEquatable<Key>
    {
        private readonly QuantizedAvatarPose _pose = pose;
        private readonly QuantizedAvatarPose _baseline = baseline;
        private readonly AvatarMotion _motion = motion;
        private readonly int _hasMotion = hasMotion;

        private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

        /// <summary>The key's size in 64-bit words; a layout that is not whole words is a programming error.</summary>
        private static readonly int WordCount = Unsafe.SizeOf<Key>() % sizeof(ulong) == 0
            ? Unsafe.SizeOf<Key>() / sizeof(ulong)
            : throw new InvalidOperationException($"AvatarDeltaCache.Key is {Unsafe.SizeOf<Key>()} bytes, not whole 64-bit words.");

        public bool Equals(Key other) => Words(this).SequenceEqual(Words(other));

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        /// <summary>
        /// A multiply-rotate hash over the words in four independent lanes (so the multiplications overlap), seeded
        /// per process: poses come from clients, so a fixed hash would let one craft colliding keys.
        /// </summary>
        public override int GetHashCode()
        {
            var words = Words(this);
            ulong a = Seed, b = Seed + 1, c = Seed + 2, d = Seed + 3;
            var i = 0;
            for (; i + 4 <= words.Length; i += 4)
            {
                (a, b, c, d) = (Mix(a, words[i]), Mix(b, words[i + 1]), Mix(c, words[i + 2]), Mix(d, words[i + 3]));
            }

            for (; i < words.Length; i++)
            {
                a = Mix(a, words[i]);
            }

            var hash = Mix(Mix(Mix(a, b), c), d);
            return (int)(hash ^ (hash >> 32));
        }

        private static ulong Mix(ulong hash, ulong word) => System.Numerics.BitOperations.RotateLeft((hash ^ word) * 0xBF58476D1CE4E5B9UL, 29);

        private static ReadOnlySpan<ulong> Words(in Key key) => MemoryMarshal.Cast<Key, ulong>(new ReadOnlySpan<Key>(in key))[..WordCount];
    }
}
