using System.Buffers.Binary;
using System.IO.Compression;

namespace NotebookKit.Data;

/// <summary>
/// Reads the gzip-compressed IDX format of (Fashion-)MNIST: a big-endian 32-bit magic number
/// <c>0x00 0x00 0x08 d</c> (unsigned bytes, d dimensions), d big-endian 32-bit sizes, then the bytes in
/// row-major order.
/// </summary>
internal static class IdxFile
{
    public static (int[] Shape, byte[] Values) Read(byte[] gzipped)
    {
        using var stream = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        byte[] data = buffer.ToArray();
        if (data.Length < 4 || data[0] != 0 || data[1] != 0 || data[2] != 0x08)
        {
            throw new InvalidDataException("Not an IDX file of unsigned bytes: the magic number should be 0x00000801 or 0x00000803.");
        }
        int dims = data[3];
        int[] shape = new int[dims];
        for (int k = 0; k < dims; k++)
        {
            shape[k] = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4 + 4 * k, 4));
        }
        int offset = 4 + 4 * dims;
        long count = shape.Aggregate(1L, (a, b) => a * b);
        if (data.Length - offset != count)
        {
            throw new InvalidDataException($"The IDX header announces {count} values but the file holds {data.Length - offset}.");
        }
        return (shape, data[offset..]);
    }
}
