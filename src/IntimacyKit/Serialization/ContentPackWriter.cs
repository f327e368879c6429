using System.Text;
using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Serialization;

/// <summary>Writes content packs as indented UTF-8 JSON in the format <see cref="ContentPack.Format"/>; reading the output gives an equal pack.</summary>
public static class ContentPackWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a pack to a text writer.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="writer">The destination; not closed.</param>
    public static void Write(ContentPack pack, TextWriter writer)
    {
        Guard.NotNull(pack);
        Guard.NotNull(writer);
        using var json = IntimacyKitJson.CreateWriter(writer);
        ContentPackJson.Write(pack).WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }

    /// <summary>Writes a pack to a stream as UTF-8 without a byte order mark.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="stream">The destination; not closed.</param>
    public static void Write(ContentPack pack, Stream stream)
    {
        Guard.NotNull(stream);
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        Write(pack, writer);
    }

    /// <summary>Writes a pack to a JSON string.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>Indented JSON text.</returns>
    public static string ToJson(ContentPack pack)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(pack, writer);
        return writer.ToString();
    }
}
