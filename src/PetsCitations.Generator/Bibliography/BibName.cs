namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// A person's name in BibTeX's four parts: <c>First von Last, Jr</c>. Parts that are absent are empty; a braced
/// <c>{Corporate Name}</c> is all <see cref="Last"/>.
/// </summary>
internal sealed record BibName(string First, string Von, string Last, string Jr);
