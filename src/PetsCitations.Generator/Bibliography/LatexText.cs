using System;
using System.Collections.Generic;
using System.Text;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// Reads the LaTeX of a BibTeX value as plain Unicode text: accents and named characters become the characters they
/// print (<c>{\"u}</c>, <c>\'{e}</c>, <c>\'e</c> → <c>ü é é</c>; <c>{\aa}</c>, <c>{\ss}</c>, <c>{\o}</c> → <c>å ß ø</c>),
/// escaped specials their character (<c>\&amp;</c> → <c>&amp;</c>), <c>--</c> and <c>---</c> en and em dashes,
/// <c>~</c> a space, <c>``…''</c> curly quotes; other commands are dropped and their arguments kept
/// (<c>\textbf{x}</c> → <c>x</c>), braces and <c>$</c> removed, whitespace collapsed.
/// </summary>
internal static class LatexText
{
    /// <summary>Named characters, by control word.</summary>
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["o"] = "ø", ["O"] = "Ø",
        ["ss"] = "ß", ["SS"] = "SS", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["dj"] = "đ", ["DJ"] = "Đ", ["ng"] = "ŋ", ["NG"] = "Ŋ",
        ["copyright"] = "©", ["textcopyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["pounds"] = "£", ["textsterling"] = "£", ["euro"] = "€", ["texteuro"] = "€", ["S"] = "§", ["P"] = "¶",
        ["dag"] = "†", ["ddag"] = "‡", ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteleft"] = "‘", ["textquoteright"] = "’",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textless"] = "<",
        ["textgreater"] = ">", ["textbar"] = "|", ["textunderscore"] = "_", ["textdollar"] = "$",
        ["textbraceleft"] = "{", ["textbraceright"] = "}", ["textdegree"] = "°", ["textbullet"] = "•",
        ["textperiodcentered"] = "·", ["textexclamdown"] = "¡", ["textquestiondown"] = "¿", ["textsection"] = "§",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["LaTeXe"] = "LaTeX2ε",
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ",
        ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ",
        ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ",
        ["Psi"] = "Ψ", ["Omega"] = "Ω", ["times"] = "×", ["pm"] = "±", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥",
        ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["infty"] = "∞", ["cdot"] = "·", ["rightarrow"] = "→",
        ["to"] = "→", ["leftarrow"] = "←", ["textmu"] = "µ",
    };

    /// <summary>Accents, by command: the combining mark they put on a letter and the character they print alone.</summary>
    private static readonly Dictionary<string, (char Mark, string Alone)> Accents = new(StringComparer.Ordinal)
    {
        ["'"] = ('\u0301', "´"), ["`"] = ('\u0300', "`"), ["^"] = ('\u0302', "^"), ["\""] = ('\u0308', "¨"),
        ["~"] = ('\u0303', "~"), ["="] = ('\u0304', "¯"), ["."] = ('\u0307', "˙"), ["u"] = ('\u0306', "˘"),
        ["v"] = ('\u030C', "ˇ"), ["H"] = ('\u030B', "˝"), ["c"] = ('\u0327', "¸"), ["k"] = ('\u0328', "˛"),
        ["r"] = ('\u030A', "˚"), ["d"] = ('\u0323', ""), ["b"] = ('\u0331', ""), ["t"] = ('\u0361', ""),
    };

    /// <summary>Characters that have superscript or subscript forms, and those forms (a space where there is none).</summary>
    private const string ScriptBase = "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐ   ₑ  ₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥ ₓ                     ";

    /// <summary>Commands whose first argument is not text: BibTeX's sorting trick and a link's target.</summary>
    private static readonly HashSet<string> ArgumentDropped = new(StringComparer.Ordinal) { "noopsort", "href" };

    /// <summary>
    /// How deeply accents may nest in their arguments (<c>'{"{…}}</c>); deeper ones print alone, so that hostile input
    /// cannot exhaust the stack.
    /// </summary>
    private const int MaxAccentDepth = 8;

    /// <summary>The characters that make a value more than plain text.</summary>
    private static readonly char[] Markup = ['{', '}', '\\', '~', '-', '`', '\'', '$'];

    /// <summary>The value as text; see the class summary.</summary>
    public static string ToUnicode(string latex)
    {
        if (latex.IndexOfAny(Markup) < 0)
        {
            return Whitespace.Collapse(latex);
        }

        var output = new StringBuilder(latex.Length);
        Append(latex, 0, latex.Length, output, depth: 0);
        return Whitespace.Collapse(output.ToString());
    }

    /// <summary>
    /// An address or identifier (<c>url</c>, <c>doi</c>): only braces and the backslash of an escaped character go
    /// (<c>\_</c> → <c>_</c>), so <c>~</c> and <c>--</c> stay; whitespace is collapsed.
    /// </summary>
    public static string Verbatim(string latex)
    {
        var output = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            if (c == '\\' && i + 1 < latex.Length && !IsAsciiLetter(latex[i + 1]))
            {
                output.Append(latex[++i]);
            }
            else if (c is not ('{' or '}'))
            {
                output.Append(c);
            }
        }

        return Whitespace.Collapse(output.ToString());
    }

    private static void Append(string latex, int start, int end, StringBuilder output, int depth)
    {
        var math = false;
        for (var i = start; i < end;)
        {
            var c = latex[i];
            var next = i + 1 < end ? latex[i + 1] : '\0';
            switch (c)
            {
                case '{' or '}':
                    i++;
                    break;
                case '$':
                    math = !math;
                    i += next == '$' ? 2 : 1;
                    break;
                case '\\' when next is '(' or ')' or '[' or ']':
                    math = next is '(' or '[';
                    i += 2;
                    break;
                case '\\':
                    i = AppendCommand(latex, i, end, output, depth);
                    break;
                case '^' or '_' when math:
                    i = AppendScript(latex, i, end, output, depth);
                    break;
                case '~':
                    output.Append(' ');
                    i++;
                    break;
                case '-':
                    i = AppendDashes(latex, i, end, output);
                    break;
                case '`':
                    var doubleOpen = next == '`';
                    output.Append(doubleOpen ? '“' : '‘');
                    i += doubleOpen ? 2 : 1;
                    break;
                case '\'' when next == '\'':
                    output.Append('”');
                    i += 2;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>TeX's ligatures: <c>---</c> is an em dash, <c>--</c> an en dash, longer runs are read from the left.</summary>
    private static int AppendDashes(string latex, int i, int end, StringBuilder output)
    {
        var run = 0;
        while (i + run < end && latex[i + run] == '-')
        {
            run++;
        }

        for (var left = run; left > 0;)
        {
            var take = left >= 3 ? 3 : left;
            output.Append(take switch { 3 => '—', 2 => '–', _ => '-' });
            left -= take;
        }

        return i + run;
    }

    /// <summary>Appends what the command at <paramref name="i"/> (a backslash) prints and returns the position after it.</summary>
    private static int AppendCommand(string latex, int i, int end, StringBuilder output, int depth)
    {
        var nameStart = i + 1;
        if (nameStart >= end)
        {
            return end;
        }

        var nameEnd = nameStart + 1;
        if (IsAsciiLetter(latex[nameStart]))
        {
            while (nameEnd < end && IsAsciiLetter(latex[nameEnd]))
            {
                nameEnd++;
            }
        }

        var name = latex.Substring(nameStart, nameEnd - nameStart);
        var isWord = IsAsciiLetter(name[0]);
        var next = isWord ? SkipSpaces(latex, nameEnd, end) : nameEnd;
        if (Accents.TryGetValue(name, out var accent))
        {
            return AppendAccented(latex, SkipSpaces(latex, nameEnd, end), end, accent, output, depth + 1);
        }

        if (!isWord)
        {
            output.Append(name[0] switch
            {
                '\\' or ' ' or '\t' or '\n' or ',' or ';' or ':' or '>' => " ",
                '-' or '/' or '@' or '!' => string.Empty,
                _ => name,
            });
            return nameEnd;
        }

        if (Symbols.TryGetValue(name, out var symbol))
        {
            output.Append(symbol);
            return next;
        }

        return ArgumentDropped.Contains(name) && next < end && latex[next] == '{' ? GroupEnd(latex, next, end) : next;
    }

    /// <summary>
    /// Puts the accent on its argument: a letter, a <c>{group}</c> or a command such as <c>\i</c>. The dotless i and j
    /// take the accent as i and j do; an empty argument prints the accent alone.
    /// </summary>
    private static int AppendAccented(string latex, int i, int end, (char Mark, string Alone) accent, StringBuilder output, int depth)
    {
        var argument = new StringBuilder();
        int after;
        if (i >= end || depth > MaxAccentDepth)
        {
            after = i;
        }
        else if (latex[i] == '{')
        {
            after = GroupEnd(latex, i, end);
            Append(latex, i + 1, Math.Max(i + 1, after - 1), argument, depth);
        }
        else if (latex[i] == '\\')
        {
            after = AppendCommand(latex, i, end, argument, depth);
        }
        else
        {
            after = i + (char.IsHighSurrogate(latex[i]) && i + 1 < end ? 2 : 1);
            argument.Append(latex, i, after - i);
        }

        if (argument.Length == 0)
        {
            output.Append(accent.Alone);
            return after;
        }

        // The letter is the argument's first character, a surrogate pair outside the BMP (\'{𝔸}).
        var text = argument.ToString();
        var letterLength = Utf16Text.CharacterLength(text, 0);
        var letter = letterLength == 2 ? text.Substring(0, 2) : text[0] switch { 'ı' => "i", 'ȷ' => "j", var other => other.ToString() };
        output.Append(Utf16Text.Normalize(letter + accent.Mark, NormalizationForm.FormC));
        output.Append(text, letterLength, text.Length - letterLength);
        return after;
    }

    /// <summary>
    /// A superscript or subscript in math (<c>$2^k$</c>, <c>\({}^{\mbox{th}}\)</c>): its Unicode form when every
    /// character of the argument has one (<c>2ᵏ</c>, <c>5ᵗʰ</c>), else the argument after <c>^</c> or <c>_</c> as text.
    /// </summary>
    private static int AppendScript(string latex, int i, int end, StringBuilder output, int depth)
    {
        var argument = new StringBuilder();
        var start = SkipSpaces(latex, i + 1, end);
        int after;
        if (start >= end || depth > MaxAccentDepth)
        {
            after = start;
        }
        else if (latex[start] == '{')
        {
            after = GroupEnd(latex, start, end);
            Append(latex, start + 1, Math.Max(start + 1, after - 1), argument, depth + 1);
        }
        else if (latex[start] == '\\')
        {
            after = AppendCommand(latex, start, end, argument, depth + 1);
        }
        else
        {
            after = start + 1;
            argument.Append(latex[start]);
        }

        var forms = latex[i] == '^' ? Superscripts : Subscripts;
        var scripted = new StringBuilder(argument.Length);
        foreach (var c in argument.ToString())
        {
            var index = ScriptBase.IndexOf(c);
            if (index < 0 || forms[index] == ' ')
            {
                output.Append(latex[i]).Append(argument);
                return after;
            }

            scripted.Append(forms[index]);
        }

        output.Append(scripted);
        return after;
    }

    /// <summary>The position after the <c>}</c> that closes the group opened at <paramref name="open"/>, or the end.</summary>
    private static int GroupEnd(string latex, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            depth += latex[i] == '{' ? 1 : latex[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return end;
    }

    private static int SkipSpaces(string latex, int i, int end)
    {
        while (i < end && latex[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
