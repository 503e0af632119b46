using System;

namespace Pets.Citations
{
    /// <summary>An author of a paper, as the user's BibTeX library names them: BibTeX's four parts of a name.</summary>
    /// <remarks>
    /// <para><c>Hunt, Jr., Warren A.</c> is <see cref="Given"/> <c>Warren A.</c>, <see cref="Family"/> <c>Hunt</c> and
    /// <see cref="Suffix"/> <c>Jr.</c>; <c>Leonardo de Moura</c> is <see cref="Given"/> <c>Leonardo</c>,
    /// <see cref="Particle"/> <c>de</c> and <see cref="Family"/> <c>Moura</c>. A corporate name is all
    /// <see cref="Family"/>.</para>
    /// <para>Two persons are equal when all four parts are equal (ordinal comparison).</para>
    /// </remarks>
    public sealed class Person : IEquatable<Person>
    {
        /// <summary>Creates a person without a particle or suffix.</summary>
        /// <param name="family">The family name, or a corporate name.</param>
        /// <param name="given">The given names, or an empty string when there are none.</param>
        public Person(string family, string given = "")
            : this(family, given, string.Empty, string.Empty)
        {
        }

        /// <summary>Creates a person.</summary>
        /// <param name="family">The family name alone (<c>Moura</c>, <c>Hunt</c>), or a corporate name.</param>
        /// <param name="given">The given names, or an empty string when there are none.</param>
        /// <param name="particle">The particle before the family name (<c>de</c>, <c>van der</c>), or an empty string.</param>
        /// <param name="suffix">The suffix after the family name (<c>Jr.</c>, <c>III</c>), or an empty string.</param>
        public Person(string family, string given, string particle, string suffix)
        {
            Family = family ?? throw new ArgumentNullException(nameof(family));
            Given = given ?? throw new ArgumentNullException(nameof(given));
            Particle = particle ?? throw new ArgumentNullException(nameof(particle));
            Suffix = suffix ?? throw new ArgumentNullException(nameof(suffix));
        }

        /// <summary>Gets the family name, without particle or suffix.</summary>
        public string Family { get; }

        /// <summary>Gets the given names, or an empty string when there are none.</summary>
        public string Given { get; }

        /// <summary>Gets the particle written before the family name (BibTeX's "von" part: <c>de</c>, <c>van der</c>), or an empty string.</summary>
        public string Particle { get; }

        /// <summary>Gets the suffix written after the family name (BibTeX's "Jr" part: <c>Jr.</c>, <c>III</c>), or an empty string.</summary>
        public string Suffix { get; }

        /// <inheritdoc/>
        public bool Equals(Person? other) =>
            other is not null && Family == other.Family && Given == other.Given && Particle == other.Particle && Suffix == other.Suffix;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Person);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = StringComparer.Ordinal.GetHashCode(Family);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Given);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Particle);
                return (hash * 31) + StringComparer.Ordinal.GetHashCode(Suffix);
            }
        }

        /// <summary>Returns the name as it is read: given names, particle, family name, suffix.</summary>
        /// <returns>The parts that are not empty, separated by spaces: <c>Warren A. Hunt Jr.</c>, <c>Leonardo de Moura</c>.</returns>
        public override string ToString() => Join(Join(Join(Given, Particle), Family), Suffix);

        private static string Join(string first, string second) =>
            first.Length == 0 ? second : second.Length == 0 ? first : first + " " + second;
    }
}
