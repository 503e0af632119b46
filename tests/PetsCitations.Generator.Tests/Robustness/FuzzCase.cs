using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// One fuzz input: either the bytes of a file, decoded as the compiler decodes files, or the text of an editor buffer, which
/// the IDE hands to the generator as it is and which can hold what no UTF-8 file can (an unpaired surrogate).
/// </summary>
/// <param name="Name">A file name without extension: the seed that made it, or the name of a committed regression input.</param>
/// <param name="Description">How the input was made, for the failure report.</param>
internal sealed record FuzzCase(string Name, string Description, byte[]? Bytes, string? Text)
{
    /// <summary>The extension of a saved file input: its bytes as they are.</summary>
    public const string FileExtension = ".md";

    /// <summary>The extension of a saved editor buffer: its UTF-16 code units, little-endian, which keeps unpaired surrogates.</summary>
    public const string BufferExtension = ".utf16";

    public static FuzzCase FromFile(string name, string description, byte[] bytes) => new(name, description, bytes, null);

    public static FuzzCase FromEditorBuffer(string name, string description, string text) => new(name, description, null, text);

    public AdditionalText ToAdditionalText(string path) =>
        Bytes is not null ? TestAdditionalText.FromBytes(path, Bytes) : TestAdditionalText.FromEditorBuffer(path, Text!);

    /// <summary>Writes the input so that <see cref="Load"/> gives it back exactly; returns the file's path.</summary>
    public string Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Name + (Bytes is not null ? FileExtension : BufferExtension));
        File.WriteAllBytes(path, Bytes ?? MemoryMarshal.AsBytes(Text.AsSpan()).ToArray());
        return path;
    }

    public static FuzzCase Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileNameWithoutExtension(path);
        return Path.GetExtension(path) == BufferExtension
            ? FromEditorBuffer(name, "committed editor buffer " + name, new string(MemoryMarshal.Cast<byte, char>(bytes)))
            : FromFile(name, "committed file " + name, bytes);
    }
}
