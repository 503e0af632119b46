using System.Globalization;
using System.Text;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>A valid list of any size, shaped like a real one: sections of 1,000 entries, some bold, each with its own URL.</summary>
internal static class LargeList
{
    public const int EntriesPerSection = 1_000;

    public static string Markdown(int entries)
    {
        var text = new StringBuilder(entries * 90);
        for (var i = 0; i < entries; i++)
        {
            var number = i.ToString(CultureInfo.InvariantCulture);
            if (i % EntriesPerSection == 0)
            {
                text.Append("\n## Section ").Append((i / EntriesPerSection) + 1).Append("\n\n");
            }

            var title = $"Paper {number}: Efficient Serving of Many Adapters";
            text.Append("- ").Append(i % 10 == 0 ? $"**{title}**" : title)
                .Append(" [link to paper](https://arxiv.org/abs/").Append(number).Append(")\n");
        }

        return text.ToString();
    }
}
