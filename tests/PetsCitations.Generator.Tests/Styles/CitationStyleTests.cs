using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Robustness;

namespace PetsCitations.Generator.Tests.Styles;

/// <summary>
/// The citation styles of publication lists, lab READMEs and surveys (issue 19), one convention per test: real lines of
/// the styles lists (<c>tests/TestData/corpus/styles</c>, cited by file and line) and the shapes the issue states.
/// </summary>
public sealed class CitationStyleTests
{
    // 1. A quoted title, then the venue and the year.

    [Fact]
    public void Quoted_title_then_italic_venue_and_month_gives_title_venue_and_year()
    {
        // llm-robotics.md, line 26.
        var entry = Parse.SingleEntry(StylesLine("llm-robotics.md", 26));
        Assert.Equal(("Safety in Embodied AI: A Survey of Risks, Attacks, and Defenses", "arXiv", 2026), (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Quoted_title_behind_a_bold_label_is_the_title_not_the_label()
    {
        // llm-robotics.md, line 43: the arXiv link does not outweigh the stated venue and year.
        var entry = Parse.SingleEntry(StylesLine("llm-robotics.md", 43));
        Assert.Equal(
            ("SPINE: Online Semantic Planning for Missions with Incomplete Natural Language Specifications in Unstructured Environments",
             "International Conference on Robotics and Automation (ICRA)", 2025),
            (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("- \"Title of a Paper\", Venue, 2023. [[paper](https://a.org/p)]", "Venue")]
    [InlineData("- \"Title of a Paper.\" Venue 2022 [paper](https://a.org/p)", "Venue 2022")]
    public void Quoted_title_shapes_of_the_issue_give_the_title_without_quotes(string line, string venue)
    {
        var entry = Parse.SingleEntry(line + "\n");
        Assert.Equal(("Title of a Paper", venue), (entry.Title, entry.Paper.Venue));
    }

    [Fact]
    public void Quotes_that_open_a_longer_title_stay_in_it()
    {
        // awesome-llm-compression.md, line 530.
        var entry = Parse.SingleEntry(CorpusLine("awesome-llm-compression.md", 530));
        Assert.StartsWith("\"Give Me BF16 or Give Me Death\"? Accuracy-Performance", entry.Title);
    }

    // 2. Author-first citations with the title as a link inside quotes.

    [Fact]
    public void Linked_title_in_quotes_after_the_authors_is_the_title_and_the_italics_the_venue()
    {
        // pythia-research.md, line 9.
        var entry = Parse.SingleEntry(StylesLine("pythia-research.md", 9));
        Assert.Equal(
            ("How do Language Models Bind Entities in Context?", "https://arxiv.org/abs/2310.17191", "International Conference on Learning Representations", 2023),
            (entry.Title, entry.Url, entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Bold_author_names_are_authors_not_a_bold_title_nor_based_on_PetS()
    {
        var entry = Parse.SingleEntry("- **A. Author**, B. Author, and C. Author. \"[Title of a Paper](https://a.org/p).\" In *Venue*, 2023.\n");
        Assert.Equal(("Title of a Paper", "Venue", 2023, false), (entry.Title, entry.Paper.Venue, entry.Paper.Year, entry.IsBasedOnPets));
        Assert.Equal([new PersonName("Author", "A."), new PersonName("Author", "B."), new PersonName("Author", "C.")], entry.Authors);
    }

    [Fact]
    public void Linked_title_after_authors_without_quotes_reads_the_journal_without_volume_and_pages()
    {
        // ternary-citations.md, line 12.
        var entry = Parse.SingleEntry(StylesLine("ternary-citations.md", 12));
        Assert.Equal(("Journal of Physics D: Applied Physics", 2023), (entry.Paper.Venue, entry.Paper.Year));
        Assert.StartsWith("Targeted hydrolysis and decrepitation", entry.Title);
    }

    // 3. A label before the linked title.

    [Fact]
    public void Linked_title_after_a_label_and_its_colon_is_the_title_and_the_bracketed_venue_stated()
    {
        // pyg-models.md, line 10: the first link is the operator's documentation, not the paper.
        var entry = Parse.SingleEntry(StylesLine("pyg-models.md", 10));
        Assert.Equal(
            ("Semi-Supervised Classification with Graph Convolutional Networks", "https://arxiv.org/abs/1609.02907", "ICLR 2017", 2017),
            (entry.Title, entry.Url, entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("- Paper: [Title of a Paper](https://a.org/p) (ICML 2025)", "ICML 2025")]
    [InlineData("- [Paper] [Title of a Paper](https://a.org/p)", null)]
    [InlineData("- Title: [Title of a Paper](https://a.org/p)", null)]
    public void Label_shapes_of_the_issue_give_the_link_text_as_title(string line, string? venue)
    {
        var entry = Parse.SingleEntry(line + "\n");
        Assert.Equal(("Title of a Paper", venue), (entry.Title, entry.Paper.Venue));
    }

    // 4. Authors, year, then the title.

    [Fact]
    public void Authors_then_year_then_title_gives_the_title_and_year()
    {
        var entry = Parse.SingleEntry("1. A. Author, B. Author (2023) Title of a Paper [arXiv:2401.00001](https://arxiv.org/abs/2401.00001)\n");
        Assert.Equal(("Title of a Paper", 2023), (entry.Title, entry.Paper.Year));
        Assert.Equal([new PersonName("Author", "A."), new PersonName("Author", "B.")], entry.Authors);
    }

    // 5. A title with a trailing period, or a venue glued to it.

    [Fact]
    public void Period_before_the_links_is_not_part_of_the_title()
    {
        // trustworthy-fairness.md, line 6.
        Assert.Equal(
            "Limits to scalable evaluation at the frontier: LLM as Judge won't beat twice the data",
            Parse.SingleEntry(StylesLine("trustworthy-fairness.md", 6)).Title);
    }

    [Fact]
    public void Venue_in_brackets_at_the_end_of_a_bold_title_is_the_venue()
    {
        // decision-tree-papers.md, lines 45 to 47: the paper link is in a sub-item.
        var entry = Parse.SingleEntry(StylesLines("decision-tree-papers.md", 45, 47));
        Assert.Equal(("Using MaxSAT for Efficient Explanations of Tree Ensembles", "AAAI 2022", 2022), (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("- **Efficient Streaming Language Models with Attention Sinks**, ICLR 2024. [[paper]](https://arxiv.org/abs/2309.17453)", "Efficient Streaming Language Models with Attention Sinks", "ICLR 2024", 2024)]
    [InlineData("- **Title of a Paper**, NeurIPS'23 [paper](https://a.org/p)", "Title of a Paper", "NeurIPS 2023", 2023)]
    public void Bold_title_then_a_comma_and_a_stated_venue_gives_the_bold_as_the_title(string line, string title, string venue, int year)
    {
        var entry = Parse.SingleEntry(line + "\n");
        Assert.Equal((title, venue, year), (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("* (NIPS'17) Attention Is All You Need [link](https://arxiv.org/abs/1706.03762) [Attention | Google]", "Attention Is All You Need", "NeurIPS 2017")]
    [InlineData("- Title of a Paper [paper](https://a.org/p) [code](https://github.com/a/b) [keywords: serving]", "Title of a Paper", null)]
    [InlineData("- Title of a Paper [paper](https://a.org/p) [NeurIPS 2023]", "Title of a Paper", "NeurIPS 2023")]
    public void Note_in_brackets_after_the_links_is_not_title(string line, string title, string? venue)
    {
        var entry = Parse.SingleEntry(line + "\n");
        Assert.Equal((title, venue), (entry.Title, entry.Paper.Venue));
    }

    [Fact]
    public void Authors_and_venue_in_brackets_after_a_title_give_the_venue_and_the_authors()
    {
        var entry = Parse.SingleEntry("- Efficient Memory Management for LLM Serving (Kwon et al., SOSP 2023) [paper](https://arxiv.org/abs/2309.06180)\n");
        Assert.Equal(
            ("Efficient Memory Management for LLM Serving", "SOSP 2023", 2023, "Kwon", true),
            (entry.Title, entry.Paper.Venue, entry.Paper.Year, entry.Authors.Single().Family, entry.HasMoreAuthors));
    }

    [Fact]
    public void Linked_title_then_a_description_of_authors_and_venue_gives_the_stated_venue()
    {
        var entry = Parse.SingleEntry("- [Efficient Memory Management for LLM Serving](https://arxiv.org/abs/2309.06180) - Woosuk Kwon et al. SOSP 2023.\n");
        Assert.Equal(
            ("Efficient Memory Management for LLM Serving", "SOSP 2023", 2023, "Kwon|Woosuk", true),
            (entry.Title, entry.Paper.Venue, entry.Paper.Year, entry.Authors.Single().Family + "|" + entry.Authors.Single().Given, entry.HasMoreAuthors));
    }

    [Theory]
    [InlineData("- [Efficient LLM Serving](https://arxiv.org/abs/2309.06180), Woosuk Kwon, Zhuohan Li, ICML 2024.", "ICML 2024", "Kwon; Li")]
    [InlineData("- [Efficient LLM Serving](https://arxiv.org/abs/2309.06180) — ICML 2024", "ICML 2024", "")]
    [InlineData("- 📄 [Efficient LLM Serving](https://arxiv.org/abs/2309.06180) — ICML 2024", "ICML 2024", "")]
    public void Linked_title_then_authors_or_a_dash_and_a_venue_gives_the_stated_venue(string line, string venue, string families)
    {
        var entry = Parse.SingleEntry(line + "\n");
        Assert.Equal(
            ("Efficient LLM Serving", venue, 2024, families),
            (entry.Title, entry.Paper.Venue, entry.Paper.Year, string.Join("; ", entry.Authors.Select(author => author.Family))));
    }

    [Fact]
    public void Linked_title_then_a_description_states_no_venue()
    {
        var entry = Parse.SingleEntry("- [A Library](https://github.com/a/b) - A library for serving, since 2023.\n");
        Assert.Equal(("A Library", null), (entry.Title, entry.Paper.Venue));
    }

    [Fact]
    public void Title_then_authors_then_venue_gives_each()
    {
        var entry = Parse.SingleEntry("- Efficient Memory Management for LLM Serving. Woosuk Kwon, Zhuohan Li, et al. SOSP 2023. [pdf](https://arxiv.org/abs/2309.06180)\n");
        Assert.Equal(
            ("Efficient Memory Management for LLM Serving", "SOSP 2023", 2023, "Kwon; Li", true),
            (entry.Title, entry.Paper.Venue, entry.Paper.Year, string.Join("; ", entry.Authors.Select(author => author.Family)), entry.HasMoreAuthors));
    }

    [Fact]
    public void Title_then_authors_with_initials_gives_the_title_and_the_authors()
    {
        var entry = Parse.SingleEntry("- Efficient Memory Management for LLM Serving. W. Kwon and Z. Li. [paper](https://a.org/p)\n");
        Assert.Equal(("Efficient Memory Management for LLM Serving", "Kwon; Li"), (entry.Title, string.Join("; ", entry.Authors.Select(author => author.Family))));
    }

    [Fact]
    public void Title_then_a_sentence_that_names_no_one_stays_one_title()
    {
        var entry = Parse.SingleEntry("- Efficient Memory Management for LLM Serving. A system that pages the cache. [paper](https://a.org/p)\n");
        Assert.Equal("Efficient Memory Management for LLM Serving. A system that pages the cache", entry.Title);
    }

    [Fact]
    public void Title_then_authors_in_italics_then_venue_gives_each()
    {
        var entry = Parse.SingleEntry("- Efficient LLM Serving, *Woosuk Kwon, Zhuohan Li*, NeurIPS 2023. [[paper]](https://arxiv.org/abs/2309.06180)\n");
        Assert.Equal(
            ("Efficient LLM Serving", "NeurIPS 2023", 2023, "Kwon; Li"),
            (entry.Title, entry.Paper.Venue, entry.Paper.Year, string.Join("; ", entry.Authors.Select(author => author.Family))));
    }

    [Fact]
    public void Title_then_a_venue_in_italics_gives_the_venue()
    {
        var entry = Parse.SingleEntry("- Efficient LLM Serving. *ICML 2024*. [paper](https://arxiv.org/abs/2309.06180)\n");
        Assert.Equal(("Efficient LLM Serving", "ICML 2024", 2024), (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("- Learning to Rank Papers, *a short note* [paper](https://a.org/p)", "Learning to Rank Papers, a short note")]
    [InlineData("- Look, *Listen and Learn* [paper](https://arxiv.org/abs/1705.08168)", "Look, Listen and Learn")]
    public void Italics_that_are_neither_names_nor_a_venue_stay_in_the_title(string line, string title) =>
        Assert.Equal(title, Parse.SingleEntry(line + "\n").Title);

    [Fact]
    public void Italic_authors_followed_by_a_remark_leave_the_item_to_the_seed_rule()
    {
        var entry = Parse.SingleEntry("- Efficient LLM Serving, *Woosuk Kwon, Zhuohan Li* (highly recommended) [paper](https://a.org/p)\n");
        Assert.Null(entry.Paper.Venue);
    }

    [Theory]
    [InlineData("- Dr. Jekyll and Mr. Hyde: Two Faces of LLMs [paper](https://arxiv.org/abs/2312.03853)", "Dr. Jekyll and Mr. Hyde: Two Faces of LLMs")]
    [InlineData("- A Study of U.S. Banks, Credit Unions and Fintechs [paper](https://a.org/p)", "A Study of U.S. Banks, Credit Unions and Fintechs")]
    [InlineData("- Mamba vs. Transformers, RNNs and CNNs [paper](https://a.org/p)", "Mamba vs. Transformers, RNNs and CNNs")]
    [InlineData("- Deep Learning. Theory, Practice and Applications [paper](https://a.org/p)", "Deep Learning. Theory, Practice and Applications")]
    public void A_period_inside_a_title_does_not_start_its_authors(string line, string title) =>
        Assert.Equal(title, Parse.SingleEntry(line + "\n").Title);

    [Fact]
    public void Title_then_authors_with_a_venue_after_the_links_keeps_that_venue()
    {
        var entry = Parse.SingleEntry("- Efficient LLM Serving. W. Kwon and Z. Li. [paper](https://a.org/p) NeurIPS 2023\n");
        Assert.Equal("NeurIPS 2023", entry.Paper.Venue);
    }

    [Theory]
    [InlineData("- [vLLM](https://github.com/vllm-project/vllm) - Released June 2023")]
    [InlineData("- [A List](https://github.com/a/b) - Paper list 2024")]
    public void Linked_title_then_a_dash_and_a_description_with_a_year_states_no_venue(string line) =>
        Assert.Null(Parse.SingleEntry(line + "\n").Paper.Venue);

    [Fact]
    public void A_title_in_letters_of_two_units_is_content_not_decoration()
    {
        var result = Parse.Markdown("- \U0001D5D4\U0001D601\U0001D601\U0001D5F2\U0001D5FB\U0001D601\U0001D5F6\U0001D5FC\U0001D5FB Is All You Need [Transformer](https://arxiv.org/abs/1706.03762)\n");
        // The text is the title (it gives no member name: C# names take no letters of two units), not the link's "Transformer".
        Assert.Equal(
            ["PETS005 \U0001D5D4\U0001D601\U0001D601\U0001D5F2\U0001D5FB\U0001D601\U0001D5F6\U0001D5FC\U0001D5FB Is All You Need"],
            result.Diagnostics.Select(diagnostic => diagnostic.Descriptor.Id + " " + string.Join("|", diagnostic.Arguments)));
    }

    [Fact]
    public void Bold_name_then_a_comma_and_a_description_stays_one_title()
    {
        var entry = Parse.SingleEntry("- **LoRA**, a method for adapting models [paper](https://a.org/p)\n");
        Assert.Equal("LoRA, a method for adapting models", entry.Title);
    }

    [Theory]
    [InlineData("- Title(EuroSys2020) [[Paper]](https://a.org/p)", "Title", "EuroSys2020", 2020)]
    [InlineData("- **Title** [[pdf]](https://a.org/p) ICLR 2021 Workshop", "Title", "ICLR 2021 Workshop", 2021)]
    public void Glued_and_trailing_venues_of_the_issue_are_read(string line, string title, string venue, int year)
    {
        var entry = Parse.SingleEntry(line + "\n");
        Assert.Equal((title, Model.VenueNames.Canonical(venue), year), (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Venue_of_an_authors_line_under_the_entry_is_stated()
    {
        // trustworthy-fairness.md, lines 77 and 78: "Thai-Hoang Pham, Xueru Zhang, Ping Zhang. *ICLR 2023*".
        var entry = Parse.SingleEntry(StylesLines("trustworthy-fairness.md", 77, 78));
        Assert.Equal(("ICLR 2023", 2023, 3), (entry.Paper.Venue, entry.Paper.Year, entry.Authors.Count));
    }

    // 6. What the text states wins over the URL, in its compact forms.

    [Fact]
    public void Venue_as_link_text_wins_over_the_arXiv_link()
    {
        // domain-adaptation.md, line 88: an arXiv link of 2018 for a CVPR 2019 paper.
        var entry = Parse.SingleEntry(StylesLine("domain-adaptation.md", 88));
        Assert.Equal(("CVPR 2019 Oral", 2019), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("NIPS2017", 2017)]
    [InlineData("EMNLP2023-findings", 2023)]
    [InlineData("SC '21", 2021)]
    [InlineData("ICML:2022", 2022)]
    [InlineData("NeurIPS'22", 2022)]
    public void Compact_venue_forms_give_their_years(string venue, int year)
    {
        var entry = Parse.SingleEntry($"- Title of a Paper [[{venue}]](https://arxiv.org/abs/2001.08361)\n");
        Assert.Equal((Model.VenueNames.Canonical(venue), year), (entry.Paper.Venue, entry.Paper.Year));
    }

    // 7. A year is never read out of an identifier.

    [Theory]
    [InlineData("arXiv preprint arXiv:2001.08361 (2020)", 2020)]
    [InlineData("arXiv:2001.08361", null)]
    [InlineData("doi:10.1088/2019.1361", null)]
    [InlineData("https://example.org/2019/paper", null)]
    [InlineData("v2020.1", null)]
    [InlineData("egusphere-2022-1520", null)]
    public void Digits_of_identifiers_urls_and_versions_are_not_years(string text, int? year) =>
        Assert.Equal(year, EntryText.YearOf(text));

    [Fact]
    public void Year_after_an_arXiv_id_in_a_citation_is_the_stated_year()
    {
        // ternary-citations.md, line 20.
        var entry = Parse.SingleEntry(StylesLine("ternary-citations.md", 20));
        Assert.Equal(("arXiv preprint arXiv:2205.12181", 2022), (entry.Paper.Venue, entry.Paper.Year));
    }

    // 8. A title keeps its own punctuation.

    [Theory]
    [InlineData("- How unfair is private learning? [[paper]](https://a.org/p)", "How unfair is private learning?")]
    [InlineData("- Stop! [paper](https://a.org/p)", "Stop!")]
    [InlineData("- Large Language Models (LLMs) [paper](https://a.org/p)", "Large Language Models (LLMs)")]
    [InlineData("- Comments /* like this */ [paper](https://a.org/p)", "Comments /* like this */")]
    [InlineData("- And so on… [paper](https://a.org/p)", "And so on…")]
    [InlineData("- A Title - [paper](https://a.org/p)", "A Title")]
    [InlineData("- A Title | [paper](https://a.org/p)", "A Title")]
    [InlineData("- A Title / [paper](https://a.org/p)", "A Title")]
    [InlineData("- A Title – [paper](https://a.org/p)", "A Title")]
    public void Title_keeps_its_own_punctuation_and_drops_a_separator_before_the_links(string line, string title) =>
        Assert.Equal(title, Parse.SingleEntry(line + "\n").Title);

    // Authors from the entry itself.

    [Fact]
    public void Authors_in_italics_after_a_bold_title_are_split_into_given_and_family_names()
    {
        // plm-papers.md, line 27.
        var entry = Parse.SingleEntry(StylesLine("plm-papers.md", 27));
        Assert.Equal(("NeurIPS 2015", false), (entry.Paper.Venue, entry.HasMoreAuthors));
        Assert.Equal([new PersonName("Dai", "Andrew M."), new PersonName("Le", "Quoc V.")], entry.Authors);
    }

    [Fact]
    public void Et_al_is_not_a_person_but_says_the_list_is_incomplete()
    {
        // pythia-research.md, line 7.
        var entry = Parse.SingleEntry(StylesLine("pythia-research.md", 7));
        Assert.Equal([new PersonName("Belrose", "")], entry.Authors);
        Assert.True(entry.HasMoreAuthors);
    }

    [Theory]
    [InlineData("Jürries, Florian, et al.", "Jürries|Florian", true)]
    [InlineData("Chen, Wei-Chih, Da Yan, and Cheng-Chien Chen.", "Chen|Wei-Chih; Yan|Da; Chen|Cheng-Chien", false)]
    [InlineData("Feng and Steinhardt.", "Feng|; Steinhardt|", false)]
    [InlineData("Garde, Kran, and Barez.", "Garde|; Kran|; Barez|", false)]
    [InlineData("Diehl Martinez, et al.", "Diehl Martinez|", true)]
    [InlineData("Woosuk Kwon et al.", "Kwon|Woosuk", true)]
    [InlineData("Levo, Emil.", "Levo|Emil", false)]
    [InlineData("Robert L. Logan IV, Benjamin van Durme", "Logan|Robert L.|jr IV; Durme|Benjamin|von van", false)]
    [InlineData("Warren A. Hunt Jr., Jan van der Berg", "Hunt|Warren A.|jr Jr.; Berg|Jan|von van der", false)]
    [InlineData("Logan IV and Plato", "Logan||jr IV; Plato|", false)]
    [InlineData("Alec Radford, Karthik Narasimhan, Tim Salimans and Ilya Sutskever", "Radford|Alec; Narasimhan|Karthik; Salimans|Tim; Sutskever|Ilya", false)]
    public void Author_lists_are_split_the_way_a_reader_splits_them(string text, string expected, bool more)
    {
        var persons = PersonNames.Read(text, out var incomplete);
        Assert.Equal((expected, more), (string.Join("; ", persons.Select(Parts)), incomplete));

        static string Parts(PersonName person) => person.Family + "|" + person.Given
            + (person.Particle.Length > 0 ? "|von " + person.Particle : string.Empty)
            + (person.Suffix.Length > 0 ? "|jr " + person.Suffix : string.Empty);
    }

    private static string StylesLine(string file, int line) => StylesLines(file, line, line);

    private static string StylesLines(string file, int first, int last) => CorpusLines("styles/" + file, first, last);

    private static string CorpusLine(string file, int line) => CorpusLines(file, line, line);

    private static string CorpusLines(string file, int first, int last) =>
        string.Join("\n", Corpus.Read(file).Split('\n').Skip(first - 1).Take(last - first + 1)) + "\n";
}
