using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Pets.Citations
{
    /// <summary>Writes citations as BibTeX entries that BibTeX, biber and JavaScript BibTeX parsers read back exactly.</summary>
    internal static class BibTeXWriter
    {
        public static string Write(Citation citation)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                Field("title", ProtectedTitle(citation.Title)),
            };

            if (citation.Authors.Count > 0)
            {
                fields.Add(Field("author", Authors(citation.Authors) + (citation.HasMoreAuthors ? " and others" : string.Empty)));
            }

            // A joined library entry's own type wins: the library knows what the paper is, the URL only where it is hosted.
            // arXiv is said by eprint and archivePrefix unless the library files the paper as more than a preprint; any other
            // venue goes where the entry type shows it.
            var type = citation.BibTeXType ?? EntryType(citation.Source);
            if (citation.Venue is { } venue
                && !(venue.Equals("arXiv", System.StringComparison.OrdinalIgnoreCase) && (citation.BibTeXType is null || type == "misc")))
            {
                fields.Add(Field(VenueField(type), Escape(venue)));
            }

            if (citation.Year is { } year)
            {
                fields.Add(Field("year", year.ToString(CultureInfo.InvariantCulture)));
            }

            if (citation.ArxivId is { } arxivId)
            {
                fields.Add(Field("eprint", Escape(arxivId)));
                fields.Add(Field("archivePrefix", "arXiv"));
            }

            if (citation.Doi is { } doi)
            {
                fields.Add(Field("doi", Escape(doi)));
            }

            fields.Add(Field("url", UrlValue(citation.UrlText)));

            var entry = new StringBuilder();
            entry.Append('@').Append(type).Append('{').Append(citation.BibTeXKey);
            foreach (var field in fields)
            {
                entry.Append(",\n  ").Append(field.Key).Append(" = {").Append(field.Value).Append('}');
            }

            return entry.Append("\n}\n").ToString();
        }

        /// <summary>
        /// Names in BibTeX's <c>von Last, Jr, First</c> form joined by <c>and</c>, so that BibTeX and other parsers read the
        /// four parts back. A name with only a family name is braced whole, so that a corporate name is one last name.
        /// Braces also keep what would change a part: a word <c>and</c>, which would split the list; a comma; a family
        /// name word starting with a lower-case letter, which would be read as a particle.
        /// </summary>
        private static string Authors(IReadOnlyList<Person> authors)
        {
            var names = new StringBuilder();
            foreach (var author in authors)
            {
                names.Append(names.Length > 0 ? " and " : string.Empty);
                if (author.Given.Length == 0 && author.Particle.Length == 0 && author.Suffix.Length == 0)
                {
                    names.Append('{').Append(Escape(author.Family)).Append('}');
                    continue;
                }

                if (author.Particle.Length > 0)
                {
                    names.Append(NameWords(author.Particle, protectLowerCase: false)).Append(' ');
                }

                names.Append(author.Family.Length > 0 ? NameWords(author.Family, protectLowerCase: true) : "{}");
                if (author.Suffix.Length > 0)
                {
                    names.Append(", ").Append(NameWords(author.Suffix, protectLowerCase: false));
                }

                if (author.Given.Length > 0 || author.Suffix.Length > 0)
                {
                    names.Append(", ").Append(NameWords(author.Given, protectLowerCase: false));
                }
            }

            return names.ToString();
        }

        private static string NameWords(string name, bool protectLowerCase)
        {
            var words = name.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                var braced = word.Equals("and", System.StringComparison.OrdinalIgnoreCase)
                    || word.IndexOf(',') >= 0
                    || (protectLowerCase && word.Length > 0 && char.IsLower(word[0]));
                words[i] = braced ? "{" + Escape(word) + "}" : Escape(word);
            }

            return string.Join(" ", words);
        }

        private static string VenueField(string type) => type switch
        {
            "article" => "journal",
            "inproceedings" or "conference" or "incollection" or "inbook" => "booktitle",
            _ => "howpublished",
        };

        private static string EntryType(CitationSource source) => source switch
        {
            CitationSource.Usenix or CitationSource.Acm or CitationSource.Ieee or CitationSource.OpenReview => "inproceedings",
            CitationSource.ScienceDirect => "article",
            _ => "misc",
        };

        /// <summary>
        /// Bibliography styles lower-case titles; braces keep the case of words the author capitalized inside
        /// (<c>{LoRA}</c>, <c>{GPU}</c>, <c>{PowerInfer:}</c>), while <c>Fine-Tuning</c> stays free to change.
        /// </summary>
        private static string ProtectedTitle(string title)
        {
            var words = title.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var escaped = Escape(words[i]);
                words[i] = HasInnerCapital(words[i]) ? "{" + escaped + "}" : escaped;
            }

            return string.Join(" ", words);
        }

        private static bool HasInnerCapital(string word)
        {
            var position = 0;
            foreach (var c in word)
            {
                if (!char.IsLetter(c))
                {
                    position = 0;
                    continue;
                }

                if (position > 0 && char.IsUpper(c))
                {
                    return true;
                }

                position++;
            }

            return false;
        }

        /// <summary>
        /// Escapes TeX's special characters, and breaks the ligatures TeX would form (<c>--</c> into a dash, <c>``</c> and
        /// <c>''</c> into quotes, <c>!`</c> into ¡, <c>&lt;</c> into ¡ in the default font encoding) so that the text reads
        /// back exactly as written.
        /// </summary>
        private static string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '\\': escaped.Append("\\textbackslash{}"); break;
                    case '~': escaped.Append("\\textasciitilde{}"); break;
                    case '^': escaped.Append("\\textasciicircum{}"); break;
                    case '<': escaped.Append("\\textless{}"); break;
                    case '>': escaped.Append("\\textgreater{}"); break;
                    case '{' or '}' or '%' or '&' or '#' or '_' or '$':
                        escaped.Append('\\').Append(c);
                        break;
                    default:
                        escaped.Append(c);
                        var next = i + 1 < text.Length ? text[i + 1] : '\0';
                        if ((c is '-' or '`' or '\'' && next == c) || (c is '!' or '?' && next == '`'))
                        {
                            escaped.Append("{}");
                        }

                        break;
                }
            }

            return escaped.ToString();
        }

        /// <summary>URLs are verbatim in BibTeX; only what would unbalance the braces is percent-encoded.</summary>
        private static string UrlValue(string url) =>
            url.Replace("\\", "%5C").Replace("{", "%7B").Replace("}", "%7D");

        private static KeyValuePair<string, string> Field(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
