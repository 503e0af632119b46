using System;
using System.Collections.Generic;
using System.Globalization;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Names entries so that a list written by someone else builds, and so that a name never silently moves to another paper
/// (README, "Member names"). An entry keeps its short name (the title before ':') when no other entry, pinned id or
/// generated member has it. Entries whose short names collide all give it up (so code that used it stops compiling rather
/// than meeting another paper) and take the first free form of: every word of the title; then with <c>_Year</c>; then
/// with <c>_L</c> and the line. Only entries that collide are renamed, so adding or removing an entry changes no other name.
/// </summary>
internal sealed class MemberNames(HashSet<string> reserved)
{
    /// <summary>An entry to name.</summary>
    /// <param name="ShortName">The name from the title's text before ':'.</param>
    /// <param name="Title">The whole title.</param>
    /// <param name="Year">The paper's year, if known.</param>
    /// <param name="Line">The entry's 1-based line.</param>
    public sealed record Candidate(string ShortName, string Title, int? Year, int Line);

    /// <summary>The name given, or <see langword="null"/> when none is free; the line of an entry it collided with (0: a generated member).</summary>
    public sealed record Result(string? Name, int CollidesWithLine);

    /// <summary>Names the candidates, given the pinned ids (name → line) that are already taken.</summary>
    public List<Result> Assign(IReadOnlyDictionary<string, int> pinned, List<Candidate> candidates)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in pinned)
        {
            used.Add(pair.Key, pair.Value);
        }

        var firstLineOfShortName = new Dictionary<string, int>(StringComparer.Ordinal);
        var shortNameCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            shortNameCount[candidate.ShortName] = shortNameCount.TryGetValue(candidate.ShortName, out var count) ? count + 1 : 1;
            if (!firstLineOfShortName.ContainsKey(candidate.ShortName))
            {
                firstLineOfShortName.Add(candidate.ShortName, candidate.Line);
            }
        }

        var results = new Result?[candidates.Count];
        var collidesWith = new int[candidates.Count];
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        var remaining = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (shortNameCount[candidate.ShortName] == 1 && !reserved.Contains(candidate.ShortName) && !used.ContainsKey(candidate.ShortName))
            {
                results[i] = new Result(candidate.ShortName, 0);
                continue;
            }

            collidesWith[i] = used.TryGetValue(candidate.ShortName, out var pinnedLine) ? pinnedLine
                : reserved.Contains(candidate.ShortName) && shortNameCount[candidate.ShortName] == 1 ? 0
                : OtherLine(candidates, i);
            blocked.Add(candidate.ShortName);
            remaining.Add(i);
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (results[i] is { Name: { } kept })
            {
                used.Add(kept, candidates[i].Line);
            }
        }

        for (var form = 0; form < 3 && remaining.Count > 0; form++)
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
                    results[i] = new Result(name, collidesWith[i]);
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

        var all = new List<Result>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            all.Add(results[i] ?? new Result(null, collidesWith[i]));
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

    /// <summary>Form 0: every word of the title; 1: with <c>_Year</c> (none without a year); 2: with <c>_L</c> and the line.</summary>
    private static string? LongerForm(Candidate candidate, int form)
    {
        var words = IdentifierRules.FromWords(candidate.Title) ?? candidate.ShortName;
        var year = candidate.Year is { } known ? "_" + known.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var name = form switch
        {
            0 => words,
            1 when year.Length > 0 => words + year,
            1 => null,
            _ => words + year + "_L" + candidate.Line.ToString(CultureInfo.InvariantCulture),
        };
        return name is null || name.Length > IdentifierRules.MaxIdentifierLength ? null : name;
    }
}
