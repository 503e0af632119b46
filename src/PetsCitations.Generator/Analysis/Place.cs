namespace PetsCitations.Generator.Analysis;

/// <summary>Where a value is in a packed column's text; <see cref="Missing"/> where the column has none.</summary>
internal readonly record struct Place(int Start, int Length)
{
    public static readonly Place Missing = new(0, -1);

    public bool IsMissing => Length < 0;

    /// <summary>The value, copied out of <paramref name="text"/>; null when it is missing.</summary>
    public string? Of(string text) => IsMissing ? null : text.Substring(Start, Length);
}
