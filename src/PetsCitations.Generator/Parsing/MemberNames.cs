using System;
using System.Collections.Generic;
using System.Globalization;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Names entries so that a list written by someone else builds, and so that a name never silently moves to another paper
/// (README, "Member names"). An entry keeps its short name (the title before ':') when no other entry, pinned id or
/// generated member has it. Entries whose short names collide all give it up (so code that used it stops compiling rather
/// than meeting another paper) and take the first free form of: every word of the title; then with <c>_Year</c>; then
/// with <c>_</c> and the entry's ordinal among the entries that reach that same form, in document order. Every form depends
/// only on the entries that collide, never on lines, so adding or removing an entry (or editing above it) changes no
/// other name.
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

        for (var form = 0; form < 2 && remaining.Count > 0; form++)
        {
            var forms = new Dictionary<int, string?>();
            var formCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in remaining)
            {
                var name = LongerForm(candidates[i], form);
                forms.Add(i, name);
                if (name is not null)
                {
                    formCount[name] = formCount.TryGetValue(name, out var count) ? count + 1 : 1;
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

            remaining = next;
        }

        NumberSameForms(candidates, remaining, names, used);

        var all = new List<Result>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            all.Add(new Result(names[i], collidesWith[i]));
        }

        return all;
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
    /// The last form: the entries still unnamed that reach the same form with the year (or the same words, without a year)
    /// are numbered 1, 2, … in document order (<c>…_2025_2</c> for the second). With a year the name has two '_' after its
    /// words and no other form has; without one the number is below 1900 (fewer copies of a title than that), so it is not
    /// a year form. A pinned name, generated member or class name it happens to equal still wins: the entry is left unnamed.
    /// </summary>
    private void NumberSameForms(List<Candidate> candidates, List<int> remaining, string?[] names, Dictionary<string, int> used)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in remaining)
        {
            var sameForm = Words(candidates[i]) + YearSuffix(candidates[i]);
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

    /// <summary>Form 0: every word of the title; 1: with <c>_Year</c> (none without a year).</summary>
    private static string? LongerForm(Candidate candidate, int form)
    {
        var year = YearSuffix(candidate);
        var name = form == 0 ? Words(candidate) : year.Length > 0 ? Words(candidate) + year : null;
        return name is null || name.Length > IdentifierRules.MaxIdentifierLength ? null : name;
    }

    private static string Words(Candidate candidate) => IdentifierRules.FromWords(candidate.Title) ?? candidate.ShortName;

    private static string YearSuffix(Candidate candidate) =>
        candidate.Year is { } known ? "_" + known.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
