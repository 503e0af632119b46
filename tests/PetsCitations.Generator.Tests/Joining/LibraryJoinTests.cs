using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Joining;

/// <summary>
/// Which library entry a list entry gets: a pin first, then DOI, arXiv id, URL and title, one list entry per library
/// entry; and what the library fills in.
/// </summary>
public sealed class LibraryJoinTests
{
    private static readonly string SeedLibrary = File.ReadAllText(Path.Combine(TestFiles.SeedDirectory, "references.bib"));

    [Fact]
    public void Pin_joins_the_named_entry_when_nothing_else_would_match()
    {
        var entry = Join.SingleEntry(
            "- Some Paper [l](https://a.org/p) <!-- bib: other2020 -->\n",
            "@misc{other2020, title = {Unrelated}, author = {Ada Lovelace}}\n");

        Assert.Equal("other2020", entry.BibTeXKey);
    }

    [Fact]
    public void Pin_wins_over_a_matching_doi()
    {
        var entry = Join.SingleEntry(
            "- ITIF [l](https://dl.acm.org/doi/abs/10.1145/3605573.3605585) <!-- bib: pinned -->\n",
            "@inproceedings{bydoi, doi = {10.1145/3605573.3605585}}\n@misc{pinned, title = {x}}\n");

        Assert.Equal("pinned", entry.BibTeXKey);
    }

    [Theory]
    [InlineData("doi = {10.1145/3605573.3605585}")]
    [InlineData("doi = {https://doi.org/10.1145/3605573.3605585}")]
    [InlineData("doi = {10.1145/3605573.3605585}, title = {Another Title}")]
    [InlineData("url = {https://dl.acm.org/doi/10.1145/3605573.3605585}")]
    [InlineData("url = {https://doi.org/10.1145/3605573.3605585}")]
    public void Doi_from_the_doi_field_or_a_doi_url_joins(string fields) =>
        Assert.Equal("itif", Join.SingleEntry(
            "- ITIF: Integrated Transformers Inference Framework [l](https://dl.acm.org/doi/abs/10.1145/3605573.3605585)\n",
            $"@inproceedings{{itif, {fields}}}\n").BibTeXKey);

    [Theory]
    [InlineData("eprint = {2401.05031}, archivePrefix = {arXiv}")]
    [InlineData("eprint = {arXiv:2401.05031v2}")]
    [InlineData("url = {https://arxiv.org/pdf/2401.05031v1.pdf}")]
    [InlineData("journal = {arXiv preprint arXiv:2401.05031}")]
    [InlineData("note = {arXiv:2401.05031 [cs.DC]}")]
    [InlineData("journal = {CoRR}, volume = {abs/2401.05031}")]
    [InlineData("doi = {10.48550/arXiv.2401.05031}")]
    public void Arxiv_id_from_eprint_url_text_or_arxiv_doi_joins(string fields) =>
        Assert.Equal("otas", Join.SingleEntry(
            "- OTAS: An Elastic Transformer Serving System [l](https://arxiv.org/abs/2401.05031)\n",
            $"@misc{{otas, title = {{Different}}, {fields}}}\n").BibTeXKey);

    [Fact]
    public void Eprint_of_another_archive_is_not_an_arxiv_id()
    {
        var result = Join.Run(
            "- OTAS [l](https://arxiv.org/abs/2401.05031)\n",
            "@misc{otas, title = {Different}, eprint = {2401.05031}, archivePrefix = {HAL}}\n");

        Assert.Equal("PETS021", Assert.Single(result.Diagnostics).Descriptor.Id);
    }

    [Theory]
    [InlineData("https://www.usenix.org/conference/osdi24/presentation/wu-bingyang")]
    [InlineData("http://usenix.org/conference/osdi24/presentation/wu-bingyang/")]
    [InlineData("https://www.usenix.org/conference/osdi24/presentation/wu-bingyang#paper")]
    public void Url_joins_apart_from_scheme_www_trailing_slash_and_fragment(string url) =>
        Assert.Equal("298762", Join.SingleEntry(
            "- dLoRA [l](https://www.usenix.org/conference/osdi24/presentation/wu-bingyang)\n",
            $"@inproceedings {{298762, title = {{Other}}, url = {{{url}}}}}\n").BibTeXKey);

    [Theory]
    [InlineData(@"{dLoRA}: Dynamically Orchestrating Requests and Adapters for {LoRA} {LLM} Serving")]
    [InlineData(@"DLORA -- dynamically orchestrating requests and adapters for LoRA LLM serving.")]
    [InlineData(@"d{L}o{R}{A}: Dynamically Orchestrating Requests and Adapters for \emph{LoRA} LLM Serving")]
    public void Title_joins_apart_from_case_punctuation_and_tex_markup(string title) =>
        Assert.Equal("wu2024", Join.SingleEntry(
            "- dLoRA: Dynamically Orchestrating Requests and Adapters for LoRA LLM Serving [l](https://a.org/dlora)\n",
            $"@inproceedings{{wu2024, title = {{{title}}}}}\n").BibTeXKey);

    [Fact]
    public void Title_joins_apart_from_accents() =>
        Assert.Equal("muller", Join.SingleEntry(
            "- Über Müller's Café [l](https://a.org/p)\n",
            "@article{muller, title = {{\\\"U}ber M{\\\"u}ller's Caf\\'{e}}}\n").BibTeXKey);

    [Fact]
    public void Doi_is_tried_before_the_title()
    {
        var entry = Join.SingleEntry(
            "- ITIF: Integrated Transformers Inference Framework [l](https://dl.acm.org/doi/abs/10.1145/3605573.3605585)\n",
            "@misc{bytitle, title = {ITIF: Integrated Transformers Inference Framework}}\n@misc{bydoi, doi = {10.1145/3605573.3605585}}\n");

        Assert.Equal("bydoi", entry.BibTeXKey);
    }

    [Fact]
    public void Seed_library_joins_seven_papers_by_their_keys()
    {
        var catalog = Join.Catalog(TestFiles.Seed, SeedLibrary);

        Assert.Equal(
            ["PowerInfer song2023powerinfer", "AlpaServe li2023alpaserve", "TowardsEfficientGenerativeLargeLanguageModelServing miao2023efficient",
             "DLoRA 298762", "DistServe zhong2024distserve", "CALoRA zhao2024calora", "DeltaZip yao2023deltazip"],
            catalog.Entries.Where(entry => entry.Authors.Count > 0).Select(entry => $"{entry.Id} {entry.BibTeXKey}"));
    }

    [Fact]
    public void Seed_DeltaZip_joins_by_its_arxiv_id_despite_its_earlier_title()
    {
        var deltaZip = Join.Catalog(TestFiles.Seed, SeedLibrary).Entries.Single(entry => entry.Id == "DeltaZip");

        Assert.Equal("yao2023deltazip", deltaZip.BibTeXKey);
        Assert.Equal(["Yao Xiaozhe", "Hu Qinghao", "Klimovic Ana"], deltaZip.Authors.Select(author => $"{author.Family} {author.Given}"));
        Assert.Equal(("arXiv", 2023), (deltaZip.Paper.Venue, deltaZip.Paper.Year));
    }

    [Fact]
    public void Seed_dLoRA_joins_its_numeric_key_by_url_with_the_booktitle_as_venue()
    {
        var dLoRA = Join.Catalog(TestFiles.Seed, SeedLibrary).Entries.Single(entry => entry.Id == "DLoRA");

        Assert.Equal("298762", dLoRA.BibTeXKey);
        Assert.Equal("18th USENIX Symposium on Operating Systems Design and Implementation (OSDI 24)", dLoRA.Paper.Venue);
        Assert.Equal(("Wu", "Bingyang"), (dLoRA.Authors[0].Family, dLoRA.Authors[0].Given));
        Assert.Equal(6, dLoRA.Authors.Count);
    }

    [Fact]
    public void Seed_entries_without_a_library_entry_are_PETS021_each()
    {
        var result = Join.Run(TestFiles.Seed, SeedLibrary);

        Assert.Equal(13, result.Diagnostics.Count(diagnostic => diagnostic.Descriptor.Id == "PETS021"));
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal("PETS021", diagnostic.Descriptor.Id));
    }

    [Fact]
    public void Arxiv_preprint_journal_gives_the_venue_arXiv() =>
        Assert.Equal("arXiv", Join.Catalog(TestFiles.Seed, SeedLibrary).Entries.Single(entry => entry.Id == "CALoRA").Paper.Venue);

    [Fact]
    public void Library_year_wins_over_the_year_of_the_arxiv_id() =>
        Assert.Equal(2024, Join.Catalog(TestFiles.Seed, SeedLibrary).Entries.Single(entry => entry.Id == "CALoRA").Paper.Year);

    [Fact]
    public void Metadata_comment_wins_over_the_library()
    {
        var entry = Join.SingleEntry(
            "- OTAS [l](https://arxiv.org/abs/2401.05031) <!-- year: 2025, venue: SoCC 2025 -->\n",
            "@inproceedings{otas, eprint = {2401.05031}, year = {2024}, booktitle = {Proceedings of Somewhere}}\n");

        Assert.Equal((2025, "SoCC 2025"), (entry.Paper.Year, entry.Paper.Venue));
    }

    [Fact]
    public void Metadata_comment_stating_what_the_url_says_still_wins_over_the_library()
    {
        var entry = Join.SingleEntry(
            "- OTAS [l](https://arxiv.org/abs/2401.05031) <!-- year: 2024 -->\n",
            "@inproceedings{otas, eprint = {2401.05031}, year = {2025}}\n");

        Assert.Equal(2024, entry.Paper.Year);
    }

    [Fact]
    public void Url_fills_what_the_library_does_not_say()
    {
        var entry = Join.SingleEntry(
            "- AlpaServe [l](https://www.usenix.org/conference/osdi23/presentation/li-zhouhan)\n",
            "@misc{alpa, url = {https://www.usenix.org/conference/osdi23/presentation/li-zhouhan}}\n");

        Assert.Equal((2023, "OSDI 2023"), (entry.Paper.Year, entry.Paper.Venue));
    }

    [Fact]
    public void Library_doi_fills_the_entry()
    {
        var entry = Join.SingleEntry(
            "- Liger [l](https://a.org/liger)\n",
            "@inproceedings{liger, url = {https://a.org/liger}, doi = {10.1145/3627535.3638466}}\n");

        Assert.Equal("10.1145/3627535.3638466", entry.Paper.Doi);
    }

    [Fact]
    public void Authors_have_family_given_particle_and_suffix_as_their_own_parts()
    {
        var entry = Join.SingleEntry(
            "- P [l](https://a.org/p)\n",
            "@misc{p, url = {https://a.org/p}, author = {Ludwig van Beethoven and King, Jr., Martin Luther and {Barnes and Noble} and de la Fontaine, Jean "
            + "and Hunt, Jr., Warren A. and Leonardo de Moura}}\n");

        Assert.Equal(
            ["Beethoven|Ludwig|van|", "King|Martin Luther||Jr.", "Barnes and Noble|||", "Fontaine|Jean|de la|", "Hunt|Warren A.||Jr.", "Moura|Leonardo|de|"],
            entry.Authors.Select(author => $"{author.Family}|{author.Given}|{author.Particle}|{author.Suffix}"));
    }

    [Fact]
    public void Authors_read_naturally_with_particle_and_suffix_in_place()
    {
        var entry = Join.SingleEntry("- P [l](https://a.org/p)\n", "@misc{p, url = {https://a.org/p}, author = {Hunt, Jr., Warren A. and Leonardo de Moura}}\n");

        Assert.Equal(["Warren A. Hunt Jr.", "Leonardo de Moura"], entry.Authors.Select(author => author.Natural));
    }

    [Fact]
    public void Library_key_stays_and_a_derived_key_equal_to_it_gets_a_letter()
    {
        var catalog = Join.Catalog(
            "- OTAS: a [l](https://a.org/1) <!-- year: 2024 -->\n- Other [l](https://a.org/2)\n",
            "@misc{otas2024, url = {https://a.org/2}}\n");

        Assert.Equal(["otas2024a", "otas2024"], catalog.Entries.Select(entry => entry.BibTeXKey));
    }

    [Fact]
    public void Same_key_in_two_libraries_stays_unique_in_the_catalog()
    {
        var catalog = Join.Run(
            "- A [l](https://a.org/1)\n- B [l](https://a.org/2)\n",
            [("/project/a.bib", "@misc{paper, url = {https://a.org/1}}\n"), ("/project/b.bib", "@misc{paper, url = {https://a.org/2}}\n")]).Catalog!;

        Assert.Equal(["paper", "papera"], catalog.Entries.Select(entry => entry.BibTeXKey));
    }

    [Fact]
    public void Catalog_without_bibliography_is_left_as_parsed()
    {
        var parsed = Parse.Markdown("- A [l](https://a.org/1)\n");
        var joined = PetsCitations.Generator.Joining.LibraryJoin.Join(
            PetsCitations.Generator.Joining.CatalogLibraries.Select(parsed, []), CancellationToken.None);

        Assert.Equal(parsed, joined);
    }
}
