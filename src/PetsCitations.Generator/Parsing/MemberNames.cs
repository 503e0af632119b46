using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Names entries so that a list written by someone else builds, and so that a name never silently moves to another paper
/// (README, "Member names"). An entry keeps its short name (the title before ':') when no other entry, pinned id or
/// generated member has it. Entries whose short names collide all give it up (so code that used it stops compiling rather
/// than meeting another paper) and take the first free form of: the short name and the fewest words of the rest of the
/// title that tell it apart from the entries it collides with; then the short name with <c>_Year</c>; then with <c>_</c>
/// and the entry's ordinal among the colliding entries that reach that same year form, in document order. Every form
/// depends only on the entries that collide, never on lines, so adding or removing an entry (or editing above it)
/// changes no other name. A later copy of a paper under the same short name is no candidate: <see cref="NameCopy"/> names
/// it after the first copy.
/// </summary>
internal sealed class MemberNames(HashSet<string> reserved)
{
    /// <summary>An entry to name (a value: every entry has one).</summary>
    /// <param name="ShortName">The name from the title's text before ':'.</param>
    /// <param name="Title">The whole title.</param>
    /// <param name="Year">The paper's year, if known.</param>
    /// <param name="Line">The entry's 1-based line.</param>
    public readonly record struct Candidate(string ShortName, string Title, int? Year, int Line);

    /// <summary>The name given, or <see langword="null"/> when none is free; the line of an entry it collided with (0: a generated member).</summary>
    public readonly record struct Result(string? Name, int CollidesWithLine);

    /// <summary>Names the candidates, given the pinned ids (name → line) that are already taken.</summary>
    public List<Result> Assign(IReadOnlyDictionary<string, int> pinned, List<Candidate> candidates)
    {
        var used = new Dictionary<string, int>(pinned.Count, StringComparer.Ordinal);
        foreach (var pair in pinned)
        {
            used.Add(pair.Key, pair.Value);
        }

        var shortNameCount = new Dictionary<string, int>(candidates.Count, StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            shortNameCount[candidate.ShortName] = shortNameCount.TryGetValue(candidate.ShortName, out var count) ? count + 1 : 1;
        }

        // An entry's result is its name (null until it has one) and the line it collided with (0 while it has not).
        var names = new string?[candidates.Count];
        var collidesWith = new int[candidates.Count];
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        var remaining = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (shortNameCount[candidate.ShortName] == 1 && !reserved.Contains(candidate.ShortName) && !used.ContainsKey(candidate.ShortName))
            {
                names[i] = candidate.ShortName;
                continue;
            }

            collidesWith[i] = used.TryGetValue(candidate.ShortName, out var pinnedLine) ? pinnedLine
                : reserved.Contains(candidate.ShortName) && shortNameCount[candidate.ShortName] == 1 ? 0
                : OtherLine(candidates, i);
            blocked.Add(candidate.ShortName);
            remaining.Add(i);
        }

        // The kept names matter only to the entries that need a longer form; most lists have none.
        for (var i = 0; i < candidates.Count && remaining.Count > 0; i++)
        {
            if (names[i] is { } kept)
            {
                used.Add(kept, candidates[i].Line);
            }
        }

        if (remaining.Count > 0)
        {
            remaining = TakeFreeForms(WordForms(candidates, remaining), remaining, names, used, blocked, candidates);
            remaining = TakeFreeForms(YearForms(candidates, remaining), remaining, names, used, blocked, candidates);
            NumberSameForms(candidates, remaining, names, used);
        }

        var all = new List<Result>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            all.Add(new Result(names[i], collidesWith[i]));
        }

        return all;
    }

    /// <summary>
    /// The name of a later copy of a paper (PETS004): the first copy's name with the first free suffix <c>_2</c>, <c>_3</c>,
    /// …, after every other entry is named, so that a copy never takes a name another paper would have had. The result is
    /// added to <paramref name="taken"/>; <see langword="null"/> when no suffix is free.
    /// </summary>
    public string? NameCopy(string firstCopyName, HashSet<string> taken)
    {
        for (var suffix = 2; suffix < int.MaxValue; suffix++)
        {
            var name = firstCopyName + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            if (name.Length > IdentifierRules.MaxIdentifierLength)
            {
                return null;
            }

            if (!reserved.Contains(name) && taken.Add(name))
            {
                return name;
            }
        }

        return null;
    }

    private static int OtherLine(List<Candidate> candidates, int index)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i != index && candidates[i].ShortName == candidates[index].ShortName)
            {
                return candidates[i].Line;
            }
        }

        return 0;
    }

    /// <summary>
    /// Gives each entry its form when no other remaining entry reaches the same one and it is not taken, given up or
    /// reserved; a form two entries reach is given up by both. Returns the entries still unnamed.
    /// </summary>
    private List<int> TakeFreeForms(
        Dictionary<int, string?> forms, List<int> remaining, string?[] names, Dictionary<string, int> used, HashSet<string> blocked, List<Candidate> candidates)
    {
        var formCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in forms.Values)
        {
            if (form is not null)
            {
                formCount[form] = formCount.TryGetValue(form, out var count) ? count + 1 : 1;
            }
        }

        var next = new List<int>();
        foreach (var i in remaining)
        {
            var name = forms[i];
            if (name is not null && formCount[name] == 1 && !used.ContainsKey(name) && !blocked.Contains(name) && !reserved.Contains(name))
            {
                names[i] = name;
                used.Add(name, candidates[i].Line);
            }
            else
            {
                if (name is not null)
                {
                    blocked.Add(name);
                }

                next.Add(i);
            }
        }

        return next;
    }

    /// <summary>
    /// The short name and the fewest words of the rest of the title (after ':') that no other entry of the same short name
    /// starts its rest with: <c>ChatGPT: Jack of All Trades</c> and <c>ChatGPT: A Study</c> become <c>ChatGPTJack</c> and
    /// <c>ChatGPTA</c>. None for an entry whose rest is the start of another's (or that has no rest).
    /// </summary>
    private static Dictionary<int, string?> WordForms(List<Candidate> candidates, List<int> remaining)
    {
        var restWords = new Dictionary<int, List<string>>(remaining.Count);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in remaining)
        {
            restWords.Add(i, IdentifierRules.WordsAfterShortName(candidates[i].Title));
            if (!groups.TryGetValue(candidates[i].ShortName, out var group))
            {
                groups.Add(candidates[i].ShortName, group = new List<int>());
            }

            group.Add(i);
        }

        var forms = new Dictionary<int, string?>(remaining.Count);
        foreach (var i in remaining)
        {
            var words = restWords[i];
            var count = FewestDistinctWords(words, groups[candidates[i].ShortName], i, restWords);
            string? form = null;
            if (count > 0)
            {
                var name = new StringBuilder(candidates[i].ShortName);
                for (var w = 0; w < count; w++)
                {
                    name.Append(words[w]);
                }

                form = name.Length <= IdentifierRules.MaxIdentifierLength && SyntaxFacts.IsValidIdentifier(name.ToString()) ? name.ToString() : null;
            }

            forms.Add(i, form);
        }

        return forms;
    }

    /// <summary>How many of its rest words set the entry apart from every other of its group; 0 when no number does.</summary>
    private static int FewestDistinctWords(List<string> words, List<int> group, int self, Dictionary<int, List<string>> restWords)
    {
        var needed = Math.Min(1, words.Count);
        foreach (var other in group)
        {
            if (other == self)
            {
                continue;
            }

            // The other entry shares the first `common` words: one more tells them apart, if this entry has one more.
            var otherWords = restWords[other];
            var common = 0;
            while (common < words.Count && common < otherWords.Count && words[common] == otherWords[common])
            {
                common++;
            }

            if (common == words.Count)
            {
                return 0;
            }

            needed = Math.Max(needed, common + 1);
        }

        return needed;
    }

    /// <summary>The short name with <c>_Year</c>; none without a year.</summary>
    private static Dictionary<int, string?> YearForms(List<Candidate> candidates, List<int> remaining)
    {
        var forms = new Dictionary<int, string?>(remaining.Count);
        foreach (var i in remaining)
        {
            var year = YearSuffix(candidates[i]);
            forms.Add(i, year.Length > 0 && candidates[i].ShortName.Length + year.Length <= IdentifierRules.MaxIdentifierLength ? candidates[i].ShortName + year : null);
        }

        return forms;
    }

    /// <summary>
    /// The last form: the entries still unnamed that reach the same year form (or the same short name, without a year)
    /// are numbered 1, 2, … in document order (<c>…_2025_2</c> for the second). With a year the name has two '_' after its
    /// short name and no other form has; without one the number is below 1900 (fewer copies of a title than that), so it
    /// is not a year form. A pinned name, generated member or class name it happens to equal still wins: the entry is left
    /// unnamed.
    /// </summary>
    private void NumberSameForms(List<Candidate> candidates, List<int> remaining, string?[] names, Dictionary<string, int> used)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in remaining)
        {
            var sameForm = candidates[i].ShortName + YearSuffix(candidates[i]);
            var ordinal = ordinals.TryGetValue(sameForm, out var previous) ? previous + 1 : 1;
            ordinals[sameForm] = ordinal;
            var name = sameForm + "_" + ordinal.ToString(CultureInfo.InvariantCulture);
            if (name.Length <= IdentifierRules.MaxIdentifierLength && (candidates[i].Year is not null || ordinal < 1900) && !used.ContainsKey(name) && !reserved.Contains(name))
            {
                names[i] = name;
                used.Add(name, candidates[i].Line);
            }
        }
    }

    private static string YearSuffix(Candidate candidate) =>
        candidate.Year is { } known ? "_" + known.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
