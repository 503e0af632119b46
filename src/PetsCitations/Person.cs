using System;

namespace Pets.Citations
{
    /// <summary>An author of a paper, as the user's BibTeX library names them.</summary>
    /// <remarks>Two persons are equal when their family and given names are equal (ordinal comparison).</remarks>
    public sealed class Person : IEquatable<Person>
    {
        /// <summary>Creates a person.</summary>
        /// <param name="family">The family name, with its particles (<c>van der Berg</c>) and suffix (<c>King, Jr.</c>), or a corporate name.</param>
        /// <param name="given">The given names, or an empty string when there are none.</param>
        public Person(string family, string given = "")
        {
            Family = family ?? throw new ArgumentNullException(nameof(family));
            Given = given ?? throw new ArgumentNullException(nameof(given));
        }

        /// <summary>Gets the family name.</summary>
        public string Family { get; }

        /// <summary>Gets the given names, or an empty string when there are none.</summary>
        public string Given { get; }

        /// <inheritdoc/>
        public bool Equals(Person? other) => other is not null && Family == other.Family && Given == other.Given;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Person);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                return (StringComparer.Ordinal.GetHashCode(Family) * 31) + StringComparer.Ordinal.GetHashCode(Given);
            }
        }

        /// <summary>Returns the name as it is read: given names, then family name.</summary>
        /// <returns><c>Given Family</c>, or only the family name when there are no given names.</returns>
        public override string ToString() => Given.Length == 0 ? Family : Given + " " + Family;
    }
}
