using System;
using System.Globalization;

namespace Pets.Citations
{
    /// <summary>
    /// Reads the values of one packed column of a generated catalog, in order. The format is the one
    /// <c>CatalogEmitter</c> writes (src/PetsCitations.Generator/Emitting/PackedColumnWriter.cs):
    /// <list type="bullet">
    /// <item>a text value is its length in UTF-16 code units in decimal, a <c>|</c>, then exactly that many code units,
    /// so any text fits, separators, quotes, line breaks, NUL and lone surrogates included; a missing value is <c>-</c>;</item>
    /// <item>a number is an integer in decimal, followed by one space unless it is the last value.</item>
    /// </list>
    /// </summary>
    internal sealed class PackedColumn
    {
        private readonly string _text;
        private readonly string _name;
        private int _position;

        public PackedColumn(string text, string name)
        {
            _text = text ?? throw new ArgumentNullException(name);
            _name = name;
        }

        /// <summary>Reads the next text value, or null where the column has <c>-</c>.</summary>
        public string? NextOptionalText() => NextPlace(out var start, out var length) ? _text.Substring(start, length) : null;

        /// <summary>
        /// Reads the next text value as its place in the column, without copying it: false where the column has
        /// <c>-</c>.
        /// </summary>
        public bool NextPlace(out int start, out int length)
        {
            if (_position < _text.Length && _text[_position] == '-')
            {
                _position++;
                start = length = 0;
                return false;
            }

            length = NextDigits('|');
            if (length > _text.Length - _position)
            {
                throw Malformed();
            }

            start = _position;
            _position += length;
            return true;
        }

        /// <summary>Reads the next text value, which must not be missing.</summary>
        public string NextText() => NextOptionalText() ?? throw Malformed();

        /// <summary>Reads the next number.</summary>
        public int NextNumber()
        {
            var negative = _position < _text.Length && _text[_position] == '-';
            if (negative)
            {
                _position++;
            }

            var value = NextDigits(' ');
            return negative ? -value : value;
        }

        /// <summary>The number of values of a column of numbers, without reading them.</summary>
        public static int CountNumbers(string text, string name)
        {
            if (text is null) throw new ArgumentNullException(name);
            if (text.Length == 0)
            {
                return 0;
            }

            var count = 1;
            foreach (var c in text)
            {
                if (c == ' ')
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Gets a value indicating whether every value has been read.</summary>
        public bool AtEnd => _position == _text.Length;

        /// <summary>Checks that every value has been read.</summary>
        public void End()
        {
            if (!AtEnd)
            {
                throw Malformed();
            }
        }

        // Reads decimal digits up to the end marker (consumed) or, for the last number of a column, the end of the text.
        private int NextDigits(char end)
        {
            var start = _position;
            var value = 0;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == end)
                {
                    break;
                }

                if (c < '0' || c > '9' || value > (int.MaxValue - 9) / 10)
                {
                    throw Malformed();
                }

                value = (value * 10) + (c - '0');
                _position++;
            }

            if (_position == start || (_position == _text.Length && end != ' '))
            {
                throw Malformed();
            }

            if (_position < _text.Length)
            {
                _position++;
            }

            return value;
        }

        private ArgumentException Malformed() => new ArgumentException(
            string.Format(CultureInfo.InvariantCulture, "The packed column is malformed at offset {0}; it must be written by the PetsCitations generator of the same version.", _position),
            _name);
    }
}
