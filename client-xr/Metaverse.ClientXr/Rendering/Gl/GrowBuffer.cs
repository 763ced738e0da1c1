using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>An append-only array reused frame after frame: <see cref="Clear"/> keeps the capacity, so steady frames allocate nothing.</summary>
internal sealed class GrowBuffer<T>
    where T : struct
{
    private T[] _items = new T[64];

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public int ByteCount => Count * Marshal.SizeOf<T>();

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    public void Clear() => Count = 0;
}
