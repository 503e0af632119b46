extern alias Runtime;

using System.Diagnostics;
using System.Text.Json;
using PetsCitations.Generator.Tests.Infrastructure;
using Runtime::Pets.Citations;

namespace PetsCitations.Generator.Tests;

/// <summary>The BibTeX export: exact entries, escaping, and an independent parser reading it back.</summary>
public sealed class BibTeXTests
{
    [Fact]
    public void ArXiv_paper_is_a_misc_entry_with_eprint() => Assert.Equal(
        """
        @misc{otas2024,
          title = {{OTAS:} An Elastic Transformer Serving System via Token Adaptation},
          year = {2024},
          eprint = {2401.05031},
          archivePrefix = {arXiv},
          url = {https://arxiv.org/abs/2401.05031}
        }

        """.Replace("\r\n", "\n"),
        new Citation("OTAS", "OTAS: An Elastic Transformer Serving System via Token Adaptation", "https://arxiv.org/abs/2401.05031", "S", true, 25,
            CitationSource.ArXiv, "2401.05031", null, 2024, "arXiv", "otas2024").ToBibTeX());

    [Fact]
    public void Conference_paper_is_inproceedings_with_its_venue_and_doi() => Assert.Equal(
        """
        @inproceedings{itif,
          title = {{ITIF:} Integrated Transformers Inference Framework for Multiple Tenants on {GPU}},
          booktitle = {ICPP 2023},
          doi = {10.1145/3605573.3605585},
          url = {https://dl.acm.org/doi/abs/10.1145/3605573.3605585}
        }

        """.Replace("\r\n", "\n"),
        new Citation("ITIF", "ITIF: Integrated Transformers Inference Framework for Multiple Tenants on GPU", "https://dl.acm.org/doi/abs/10.1145/3605573.3605585", "S", false, 33,
            CitationSource.Acm, null, "10.1145/3605573.3605585", null, "ICPP 2023", "itif").ToBibTeX());

    [Theory]
    [InlineData("ScienceDirect", "@article{")]
    [InlineData("Usenix", "@inproceedings{")]
    [InlineData("Ieee", "@inproceedings{")]
    [InlineData("OpenReview", "@inproceedings{")]
    [InlineData("Other", "@misc{")]
    public void Entry_type_follows_the_source(string source, string start) =>
        Assert.StartsWith(start, new Citation("P", "P", "https://a.org", "", false, 1, Enum.Parse<CitationSource>(source)).ToBibTeX());

    [Theory]
    [InlineData("Fine-Tuning for LoRA and GPU", "Fine-Tuning for {LoRA} and {GPU}")]
    [InlineData("dLoRA: Dynamically Orchestrating", "{dLoRA:} Dynamically Orchestrating")]
    [InlineData("100% of {a} & b # c _ d $ e ~ f ^ g \\ h", "100\\% of \\{a\\} \\& b \\# c \\_ d \\$ e \\textasciitilde{} f \\textasciicircum{} g \\textbackslash{} h")]
    [InlineData("Ünïcödé 🚀 kept", "Ünïcödé 🚀 kept")]
    [InlineData("A -- B --- C", "A -{}- B -{}-{}- C")]
    [InlineData("``quoted'' and !` ?`", "`{}`quoted'{}' and !{}` ?{}`")]
    [InlineData("in <1000 LOC >", "in \\textless{}1000 {LOC} \\textgreater{}")]
    public void Title_escapes_special_characters_and_protects_inner_capitals(string title, string expected) =>
        Assert.Contains($"  title = {{{expected}}},\n", new Citation("P", title, "https://a.org", "", false, 1).ToBibTeX());

    [Fact]
    public void Default_key_is_the_lower_case_id_and_year() =>
        Assert.Equal("powerinfer2023", new Citation("PowerInfer", "t", "https://a.org", "", false, 1, year: 2023).BibTeXKey);

    [Fact]
    public void Authors_are_written_von_last_jr_first_and_joined_with_and() => Assert.Contains(
        "  author = {van Beethoven, Ludwig and King, Jr., Martin Luther and {Barnes and Noble} and Müller, Jörg and de Moura, Leonardo},\n",
        new Citation("P", "P", "https://a.org", "", false, 1, authors:
            [new Person("Beethoven", "Ludwig", "van", ""), new Person("King", "Martin Luther", "", "Jr."), new Person("Barnes and Noble"),
                new Person("Müller", "Jörg"), new Person("Moura", "Leonardo", "de", "")])
            .ToBibTeX());

    [Fact]
    public void Family_name_word_in_lower_case_is_braced_so_that_it_is_not_read_as_a_particle() => Assert.Contains(
        "  author = {{d'Alembert}, Jean},\n",
        new Citation("P", "P", "https://a.org", "", false, 1, authors: [new Person("d'Alembert", "Jean")]).ToBibTeX());

    [Fact]
    public void Word_and_in_a_name_is_braced_so_that_it_does_not_split_the_list() => Assert.Contains(
        "  author = {Andersen {and} Sons, Hans},\n",
        new Citation("P", "P", "https://a.org", "", false, 1, authors: [new Person("Andersen and Sons", "Hans")]).ToBibTeX());

    [Theory]
    [InlineData("Usenix", "booktitle")]
    [InlineData("ScienceDirect", "journal")]
    [InlineData("Other", "howpublished")]
    public void Venue_is_written_in_the_field_of_the_entry_type(string source, string field) =>
        Assert.Contains($"  {field} = {{OSDI 2024}},\n", new Citation("P", "P", "https://a.org", "", false, 1, Enum.Parse<CitationSource>(source), venue: "OSDI 2024").ToBibTeX());

    [Fact]
    public void Venue_arXiv_is_left_to_eprint_and_archivePrefix() =>
        Assert.DoesNotContain("arXiv}", new Citation("P", "P", "https://a.org", "", false, 1, CitationSource.Other, venue: "arXiv").ToBibTeX());

    [Fact]
    public void Seed_bibliography_parses_back_with_an_independent_parser() => _ = AssertParsesBack(TestProject.With(TestFiles.Seed));

    [Fact]
    public void Seed_joined_with_its_library_parses_back_with_keys_titles_and_family_names()
    {
        var bibliography = AssertParsesBack(TestProject.With(
            new CitationInput("/project/citations.md", TestFiles.Seed, Bibliography: "references.bib"),
            CitationInput.Library(File.ReadAllText(Path.Combine(TestFiles.SeedDirectory, "references.bib")))));

        Assert.Contains("@misc{song2023powerinfer,\n  title = {{PowerInfer:} Fast Large Language Model Serving with a Consumer-grade {GPU}},\n"
            + "  author = {Song, Yixin and Mi, Zeyu and Xie, Haotong and Chen, Haibo},\n", bibliography);
        Assert.Contains("@inproceedings{298762,\n", bibliography);
    }

    [Fact]
    public void Particles_suffixes_corporate_names_and_accents_parse_back_with_all_four_parts()
    {
        var entry = Joining.Join.SingleEntry(
            "- P: A Paper [l](https://a.org/p)\n",
            "@misc{p, url = {https://a.org/p}, author = {Ludwig van Beethoven and King, Jr., Martin Luther and {Barnes and Noble, Inc.} "
            + "and de la Fontaine, Jean and J{\\\"o}rg M{\\\"u}ller and {\\'E}mile Zola and Hunt, Jr., Warren A. and Leonardo de Moura "
            + "and van der Berg, III, Jan and Jean-Christophe Filli{\\^a}tre and Mart{\\'\\i}n Abadi}}\n");
        var citation = new Citation(entry.Id, entry.Title, entry.Url, "", false, entry.Line, bibTeXKey: entry.BibTeXKey,
            authors: [.. entry.Authors.Select(author => new Person(author.Family, author.Given, author.Particle, author.Suffix))]);

        Assert.Equal(11, citation.Authors.Count);
        AssertParsesBack(citation.ToBibTeX(), [new { key = "p", title = "P: A Paper", url = "https://a.org/p", persons = citation.Authors.Select(Expected).ToArray() }]);
    }

    [Theory]
    [InlineData("awesome-llm-compression.md")]
    [InlineData("awesome-llm.md")]
    public void Corpus_bibliography_parses_back_with_an_independent_parser(string file) =>
        _ = AssertParsesBack(TestProject.With(File.ReadAllText(Path.Combine(TestFiles.CorpusDirectory, file))));

    /// <summary>
    /// Writes the catalog's BibTeX and what each entry should read as, and lets @retorquere/bibtex-parser (installed by
    /// .ci/run with npm) parse the file: every entry parses, keys are unique, titles, URLs and the authors' family names
    /// come back unchanged.
    /// </summary>
    /// <returns>The catalog's BibTeX.</returns>
    private static string AssertParsesBack(TestProject project)
    {
        var output = CatalogAssembly.RunProbe(project with
        {
            Code = CatalogAssembly.Probe("""
                var expected = new global::System.Text.StringBuilder("[");
                foreach (var citation in PetsCitations.All)
                {
                    expected.Append(expected.Length > 1 ? "," : "").Append("[\"").Append(Json(citation.BibTeXKey)).Append("\",\"")
                        .Append(Json(citation.Title)).Append("\",\"").Append(Json(citation.Url.OriginalString)).Append("\",[");
                    for (var i = 0; i < citation.Authors.Count; i++)
                    {
                        var author = citation.Authors[i];
                        expected.Append(i > 0 ? "," : "").Append("[\"").Append(Json(author.Family)).Append("\",\"").Append(Json(author.Given))
                            .Append("\",\"").Append(Json(author.Particle)).Append("\",\"").Append(Json(author.Suffix)).Append("\"]");
                    }

                    expected.Append("]]");
                }

                return PetsCitations.ToBibTeX() + "\u0000" + expected.Append(']');
                }

                private static string Json(string text)
                {
                    var json = new global::System.Text.StringBuilder();
                    foreach (var c in text)
                    {
                        if (c == '"' || c == '\\') json.Append('\\').Append(c);
                        else if (c < ' ') json.Append("\\u").Append(((int)c).ToString("x4"));
                        else json.Append(c);
                    }

                    return json.ToString();
                """),
        });
        var parts = output.Split('\0');
        var expected = JsonSerializer.Deserialize<JsonElement[][]>(parts[1])!.Select(entry => new
        {
            key = entry[0].GetString(),
            title = entry[1].GetString(),
            url = entry[2].GetString(),
            persons = entry[3].EnumerateArray().Select(Expected).ToArray(),
        });
        Assert.NotEmpty(expected);

        AssertParsesBack(parts[0], expected);
        return parts[0];
    }

    private static ExpectedPerson Expected(Person person) => new(person.Family, person.Given, person.Particle, person.Suffix);

    private static ExpectedPerson Expected(JsonElement parts) =>
        new(parts[0].GetString()!, parts[1].GetString()!, parts[2].GetString()!, parts[3].GetString()!);

    /// <summary>Lets the independent parser read <paramref name="bibliography"/> and compare each entry with <paramref name="expected"/>.</summary>
    private static void AssertParsesBack<T>(string bibliography, IEnumerable<T> expected)
    {
        var directory = Directory.CreateTempSubdirectory("pets-bibtex-");
        try
        {
            var bib = Path.Combine(directory.FullName, "catalog.bib");
            var json = Path.Combine(directory.FullName, "expected.json");
            File.WriteAllText(bib, bibliography);
            File.WriteAllText(json, JsonSerializer.Serialize(expected));
            var (exitCode, report) = RunChecker(bib, json);
            Assert.True(exitCode == 0, report);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) RunChecker(string bib, string json)
    {
        var tool = Path.Combine(TestFiles.RepositoryRoot, "tools", "bibtex-check");
        Assert.True(
            Directory.Exists(Path.Combine(tool, "node_modules")),
            $"The BibTeX parser is not installed in {tool}: building the tests installs it with npm, which needs Node.js 18 or later on the PATH.");
        var start = new ProcessStartInfo("node", [Path.Combine(tool, "check.mjs"), bib, json])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = StartNode(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "The BibTeX parser did not finish within a minute.");
        return (process.ExitCode, output.Result + error.Result);
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                "The BibTeX tests run an independent parser on Node.js, and `node` is not on the PATH: install Node.js 18 or later (with npm) and build the tests again.",
                exception);
        }
    }

    [Fact]
    public void An_incomplete_author_list_ends_with_and_others() => Assert.Contains(
        "author = {Belrose, Nora and others}",
        new Citation("P", "P", "https://a.org", "", false, 1, authors: [new Person("Belrose", "Nora")], hasMoreAuthors: true).ToBibTeX());
}

/// <summary>A person as check.mjs compares it (lower-case names are the JSON's).</summary>
#pragma warning disable SA1300, IDE1006 // JSON property names
internal sealed record ExpectedPerson(string family, string given, string particle, string suffix);
#pragma warning restore SA1300, IDE1006
