using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Robustness;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// Lists written by others, read as a person reads them (README, "Lists written by others"): one test per convention,
/// from real lines of the corpus in tests/TestData/corpus (file and line named) and from lines shaped like the issue's
/// examples.
/// </summary>
public sealed class ListConventionTests
{
    [Fact]
    public void Tag_and_bold_title_give_the_bold_span_the_paper_link_the_code_link_and_the_tag_year()
    {
        // awesome-llm-paper-list/detection.md, line 9.
        var entry = Parse.SingleEntry(CorpusLine("awesome-llm-paper-list/detection.md", 9));
        Assert.Equal("How Close is ChatGPT to Human Experts? Comparison Corpus, Evaluation, and Detection", entry.Title);
        Assert.Equal(("https://arxiv.org/abs/2301.07597", "https://github.com/Hello-SimpleAI/chatgpt-comparison-detection"), (entry.Url, entry.CodeUrl));
        Assert.Equal(2023, entry.Paper.Year);
    }

    [Fact]
    public void Tag_and_bold_title_leave_out_the_authors_after_the_bold_span()
    {
        // awesome-llm-paper-list/acceleration.md, line 8: the "Paper" link is a PDF on GitHub, the "Github" link the code.
        var entry = Parse.SingleEntry(CorpusLine("awesome-llm-paper-list/acceleration.md", 8));
        Assert.Equal("High-throughput Generative Inference of Large Language Models with a single GPU", entry.Title);
        Assert.Equal("https://github.com/FMInference/FlexGen/blob/main/docs/paper.pdf", entry.Url);
        Assert.Equal("https://github.com/FMInference/FlexGen", entry.CodeUrl);
    }

    [Theory]
    [InlineData("- **LoRA Serving** - a system for many adapters [paper](https://a.org/p)\n", "LoRA Serving")]
    [InlineData("- **LoRA**: Low-Rank Adaptation [paper](https://a.org/p)\n", "LoRA: Low-Rank Adaptation")]
    [InlineData("- **LoRA**-based Serving [paper](https://a.org/p)\n", "LoRA-based Serving")]
    public void Bold_span_is_the_title_before_a_description_and_part_of_it_before_a_colon_or_hyphen(string markdown, string title) =>
        Assert.Equal(title, Parse.SingleEntry(markdown).Title);

    [Fact]
    public void Bold_title_drops_its_final_dot() =>
        // awesome-llm-paper-list/chain_of_thougt.md, line 9: the tag's year (2021) wins over the arXiv id's (2022).
        Assert.Equal(
            ("Chain of Thought Prompting Elicits Reasoning in Large Language Models", (int?)2021),
            Parse.SingleEntry(CorpusLine("awesome-llm-paper-list/chain_of_thougt.md", 9)) is var entry ? (entry.Title, entry.Paper.Year) : default);

    [Theory]
    [InlineData("- (*ICLR'24*) Efficient Serving of Adapters [[paper](https://a.org/p)] [[code](https://github.com/a/b)]\n", "ICLR 2024", 2024)]
    [InlineData("- [NeurIPS 2023] Efficient Serving of Adapters [paper](https://a.org/p)\n", "NeurIPS 2023", 2023)]
    public void Venue_tag_gives_the_venue_and_its_year_and_the_title_after_it(string markdown, string venue, int year)
    {
        var entry = Parse.SingleEntry(markdown);
        Assert.Equal(("Efficient Serving of Adapters", "https://a.org/p"), (entry.Title, entry.Url));
        Assert.Equal((venue, (int?)year), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Venue_tag_in_a_code_span_gives_the_venue_its_year_and_the_title_after_it()
    {
        var entry = Parse.SingleEntry("- `ICLR 2024` Efficient Serving of Adapters [[paper](https://a.org/p)]\n");
        Assert.Equal(("Efficient Serving of Adapters", "https://a.org/p"), (entry.Title, entry.Url));
        Assert.Equal(("ICLR 2024", (int?)2024), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Code_span_that_is_not_a_venue_stays_in_the_title() =>
        Assert.Equal("vLLM: Efficient Serving", Parse.SingleEntry("- `vLLM`: Efficient Serving [paper](https://a.org/p)\n").Title);

    [Fact]
    public void Tag_that_is_not_a_date_stays_in_the_title() =>
        Assert.Equal("(Dynamic) Prompting helps", Parse.SingleEntry("- (Dynamic) Prompting helps [paper](https://a.org/p)\n").Title);

    [Fact]
    public void Link_as_title_gives_the_link_text_and_ignores_the_description()
    {
        // awesome-llm.md, line 10.
        var entry = Parse.SingleEntry(CorpusLine("awesome-llm.md", 10));
        Assert.Equal(("TinyZero", "TinyZero", "https://github.com/Jiayi-Pan/TinyZero"), (entry.Id, entry.Title, entry.Url));
        Assert.Null(entry.Paper.Year);
    }

    [Fact]
    public void Link_as_title_drops_the_final_dot_and_reads_the_venue_after_the_authors()
    {
        var entry = Parse.SingleEntry("- [**Serving Many Adapters.**](https://a.org/p) _A. Author, B. Author._ Arxiv 2023.\n");
        Assert.Equal(("Serving Many Adapters", "https://a.org/p"), (entry.Title, entry.Url));
        Assert.Equal(("arXiv", (int?)2023), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("- [Efficient Serving of Adapters](https://a.org/p) ICLR 2024\n", "ICLR 2024", 2024)]
    [InlineData("- [Efficient Serving of Adapters](https://a.org/p) `NeurIPS'23`\n", "NeurIPS 2023", 2023)]
    public void Link_as_title_reads_the_venue_after_it_on_the_same_line(string markdown, string venue, int year)
    {
        var entry = Parse.SingleEntry(markdown);
        Assert.Equal(("Efficient Serving of Adapters", "https://a.org/p"), (entry.Title, entry.Url));
        Assert.Equal((venue, (int?)year), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Theory]
    [InlineData("- Efficient Serving of Adapters. [[pdf](https://a.org/p.pdf)] NeurIPS 2023.\n", "NeurIPS 2023", 2023)]
    [InlineData("- Efficient Serving of Adapters [[paper](https://a.org/p.pdf)] [[code](https://github.com/a/b)] `ICLR'24`\n", "ICLR 2024", 2024)]
    [InlineData("- Efficient Serving of Adapters [paper](https://a.org/p.pdf), ACL 2024 (Findings)\n", "ACL 2024 (Findings)", 2024)]
    public void Venue_after_the_links_is_the_venue_not_title_text(string markdown, string venue, int year)
    {
        var entry = Parse.SingleEntry(markdown);
        Assert.Equal(("Efficient Serving of Adapters", "https://a.org/p.pdf"), (entry.Title, entry.Url));
        Assert.Equal((venue, (int?)year), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Text_after_the_links_that_is_not_a_venue_stays_in_the_title() =>
        Assert.Equal(
            "Efficient Serving for Many Adapters in 2024",
            Parse.SingleEntry("- Efficient Serving [paper](https://a.org/p) for Many Adapters in 2024\n").Title);

    [Fact]
    public void Line_break_then_venue_gives_the_title_before_it_the_venue_and_year_and_the_code_link()
    {
        // awesome-llm-compression.md, line 34.
        var entry = Parse.SingleEntry(CorpusLine("awesome-llm-compression.md", 34));
        Assert.Equal("The Cost of Compression: Investigating the Impact of Compression on Parametric Knowledge in Language Models", entry.Title);
        Assert.Equal(("https://arxiv.org/abs/2312.00960", "https://github.com/NamburiSrinath/LLMCompression"), (entry.Url, entry.CodeUrl));
        Assert.Equal(("EMNLP 2023", (int?)2023), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Line_break_then_arxiv_gives_the_venue_without_its_year()
    {
        // awesome-llm-compression.md, line 36.
        var entry = Parse.SingleEntry(CorpusLine("awesome-llm-compression.md", 36));
        Assert.Equal(("The Efficiency Spectrum of Large Language Models: An Algorithmic Survey", "arXiv", (int?)2023), (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Title_alone_in_its_paragraph_is_followed_by_the_venue_and_links_in_the_next()
    {
        // awesome-llm-compression.md, lines 1040-1042.
        var entry = Parse.SingleEntry(CorpusLines("awesome-llm-compression.md", 1040, 1042));
        Assert.Equal(("SDMPrune: Self-Distillation MLP Pruning for Efficient Large Language Models", "https://arxiv.org/abs/2506.11120"), (entry.Title, entry.Url));
        Assert.Equal(("arXiv", (int?)2025), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Hard_line_break_then_venue_reads_like_a_br()
    {
        var entry = Parse.SingleEntry("- Serving Many Adapters  \n  ICLR 2024 [[Paper]](https://a.org/p)\n");
        Assert.Equal(("Serving Many Adapters", "ICLR 2024", (int?)2024), (entry.Title, entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Citation_style_gives_the_quoted_title_the_venue_and_the_year()
    {
        var entry = Parse.SingleEntry("- A. Author, B. Author. \"Serving Many Adapters.\" In *OSDI*, 2023. [[pdf]](https://a.org/p.pdf)\n");
        Assert.Equal(("Serving Many Adapters", "https://a.org/p.pdf"), (entry.Title, entry.Url));
        Assert.Equal(("OSDI", (int?)2023), (entry.Paper.Venue, entry.Paper.Year));
    }

    [Fact]
    public void Citation_style_with_a_bracketed_year_gives_the_sentence_after_it_and_the_first_paper_link()
    {
        var entry = Parse.SingleEntry(
            "- S. Rajbhandari, J. Rasley. (2019) ZeRO: Memory Optimizations Toward Training Trillion Parameter Models. [arXiv:1910.02054](https://arxiv.org/abs/1910.02054) and [SC 20](https://dl.acm.org/doi/10.5555/3433701.3433727)\n");
        Assert.Equal("ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", entry.Title);
        Assert.Equal(("https://arxiv.org/abs/1910.02054", (int?)2019), (entry.Url, entry.Paper.Year));
    }

    [Fact]
    public void Bold_title_with_authors_below_gives_the_bold_span_the_pdf_link_and_the_year_of_the_date_after_the_links()
    {
        var entry = Parse.SingleEntry(
            "- **Serving Many Adapters**<br>*A. Author, B. Author*<br>[[pdf](https://a.org/p.pdf)] [[code](https://github.com/a/b)] 2023.10\n");
        Assert.Equal(("Serving Many Adapters", "https://a.org/p.pdf", "https://github.com/a/b"), (entry.Title, entry.Url, entry.CodeUrl));
        Assert.Equal(((string?)null, (int?)2023), (entry.Paper.Venue, entry.Paper.Year));
        Assert.False(entry.IsBasedOnPets);
    }

    [Fact]
    public void Grouping_bullets_make_their_sub_items_the_entries_and_are_not_their_year()
    {
        var catalog = Parse.Catalog(
            "## Papers\n- 2025.01\n  - Serving Adapters [paper](https://a.org/1)\n  - Caching Prompts [paper](https://arxiv.org/abs/2401.05031)\n");
        Assert.Equal(["ServingAdapters", "CachingPrompts"], catalog.Entries.Select(entry => entry.Id));
        Assert.Equal([3, 4], catalog.Entries.Select(entry => entry.Line));
        Assert.Equal([null, 2024], catalog.Entries.Select(entry => entry.Paper.Year));
    }

    [Fact]
    public void Sub_items_that_are_only_links_still_belong_to_their_parent() =>
        Assert.Equal(
            ("Parent", "https://a.org/p", "https://github.com/x"),
            Parse.SingleEntry("- Parent\n  - [Paper](https://a.org/p)\n  - [Code](https://github.com/x)\n") is var entry ? (entry.Title, entry.Url, entry.CodeUrl) : default);

    [Theory]
    [InlineData("[Paper]")]
    [InlineData("[[PDF]]")]
    [InlineData("[arXiv:2401.05031]")]
    [InlineData("[Code (DeepSpeed)]")]
    [InlineData("[GitHub Page]")]
    public void Link_words_are_never_a_title(string link) =>
        Assert.Equal(["PETS003 (1,1)-(1,"], Parse.Diagnostics($"- {link}(https://a.org/p)\n").Select(line => line.Substring(0, 17)));

    [Fact]
    public void Code_link_is_never_the_paper_link_when_a_paper_link_exists()
    {
        // awesome-llm-compression.md, line 1737: the code link comes first.
        var entry = Parse.SingleEntry(CorpusLine("awesome-llm-compression.md", 1737));
        Assert.Equal(("https://arxiv.org/abs/2606.07098", "https://github.com/ernlavr/SigmaScale"), (entry.Url, entry.CodeUrl));
        Assert.Equal("SigmaScale: LLM compression using SVD and auxiliary learned scaling matrices", entry.Title);
    }

    [Fact]
    public void Code_link_alone_is_the_entry_link_and_not_a_code_link_beside_it()
    {
        var entry = Parse.SingleEntry("- llama-zip: LLM-powered lossless compression tool [[Code]](https://github.com/AlexBuz/llama-zip)\n");
        Assert.Equal(("https://github.com/AlexBuz/llama-zip", (string?)null), (entry.Url, entry.CodeUrl));
    }

    [Fact]
    public void Images_and_badges_are_not_title_text_and_not_the_paper()
    {
        var entry = Parse.SingleEntry(
            "- ![logo](https://a.org/logo.png) Serving Adapters [![Stars](https://img.shields.io/github/stars/a/b)](https://github.com/a/b) [paper](https://a.org/p)\n");
        Assert.Equal(("Serving Adapters", "https://a.org/p"), (entry.Title, entry.Url));
    }

    [Fact]
    public void Brackets_and_bars_around_links_are_not_title_text() =>
        Assert.Equal("Serving Adapters", Parse.SingleEntry("- Serving Adapters [[paper](https://a.org/p)] | [[code](https://github.com/a/b)]\n").Title);

    [Theory]
    [InlineData("awesome-llm.md", 19, 33)]
    [InlineData("awesome-llm-compression.md", 12, 24)]
    public void Table_of_contents_of_same_document_anchors_is_neither_entries_nor_errors(string file, int first, int last)
    {
        var result = Parse.Markdown(CorpusLines(file, first, last));
        Assert.Empty(result.Catalog!.Entries);
        Assert.Equal(["PETS008"], result.Diagnostics.Select(diagnostic => diagnostic.Descriptor.Id));
    }

    [Fact]
    public void Items_without_links_under_a_heading_without_papers_are_not_errors_when_the_file_lists_papers()
    {
        // awesome-llm-compression.md, lines 1737-1745: the last tool, then the contributing rules.
        var result = Parse.Markdown(CorpusLines("awesome-llm-compression.md", 1737, 1745));
        Assert.Single(result.Catalog!.Entries);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Item_without_a_link_among_papers_is_still_PETS001() =>
        Assert.Equal(["PETS001 (3,1)-(3,51)"], Parse.Diagnostics(
            "## Quantization\n- LUT-GEMM: Quantized Matrix Multiplication [[Paper]](https://arxiv.org/abs/2206.09557)\n"
            + "- SDMPrune: Self-Distillation MLP Pruning for LLMs\n"));

    [Fact]
    public void Bold_in_every_entry_is_the_lists_style_not_a_highlight()
    {
        var catalog = Parse.Catalog("- **Serving Adapters** [paper](https://a.org/1)\n- **Caching Prompts** [paper](https://a.org/2)\n");
        Assert.All(catalog.Entries, entry => Assert.False(entry.IsBasedOnPets));
    }

    [Fact]
    public void Bold_in_some_entries_is_a_highlight()
    {
        var catalog = Parse.Catalog("- **Serving Adapters** [paper](https://a.org/1)\n- Caching Prompts [paper](https://a.org/2)\n");
        Assert.Equal([true, false], catalog.Entries.Select(entry => entry.IsBasedOnPets));
    }

    [Fact]
    public void Metadata_comment_wins_over_the_text_which_wins_over_the_url()
    {
        var catalog = Parse.Catalog(
            "- Serving Adapters <br> ICLR 2024 [paper](https://arxiv.org/abs/2312.12456) <!-- year: 2025, venue: SOSP 2025 -->\n"
            + "- Caching Prompts <br> ICLR 2024 [paper](https://arxiv.org/abs/2312.12457)\n"
            + "- Sharing Weights [paper](https://arxiv.org/abs/2312.12458)\n");
        Assert.Equal(
            [("SOSP 2025", 2025), ("ICLR 2024", 2024), ("arXiv", 2023)],
            catalog.Entries.Select(entry => (entry.Paper.Venue!, entry.Paper.Year!.Value)));
    }

    [Fact]
    public void Sections_metadata_reads_only_the_entries_under_those_headings_and_their_sub_headings()
    {
        const string readme = """
            # Project
            ## News
            - 2025-01: our paper was accepted!
            ## 📑 Publications
            - Serving Adapters [paper](https://a.org/1)
            ### 2024
            - Caching Prompts [paper](https://a.org/2)
            ## Install
            - Run [the installer](https://a.org/install)
            """;
        var result = Parse.Markdown(readme, sections: ["publications"]);
        Assert.Equal(["ServingAdapters", "CachingPrompts"], result.Catalog!.Entries.Select(entry => entry.Id));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Sections_metadata_naming_no_heading_is_PETS013() => Assert.Equal(
        ["PETS013 (1,1)-(1,1)"],
        Parse.Diagnostics("## Papers\n- A [l](https://a.org)\n", ["Papers", "Publications"]));

    [Fact]
    public void Sections_metadata_naming_a_heading_and_one_of_its_sub_headings_reads_both_without_PETS013()
    {
        var result = Parse.Markdown(
            "## Papers\n- A [l](https://a.org/a)\n### Quantization\n- B [l](https://a.org/b)\n## Tools\n- C [l](https://a.org/c)\n",
            sections: ["Papers", "Quantization"]);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["A", "B"], result.Catalog!.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Sections_metadata_naming_no_letter_or_digit_is_PETS013_and_selects_nothing()
    {
        var result = Parse.Markdown("## 📑\n- A [l](https://a.org)\n", sections: ["📑"]);
        Assert.Contains("PETS013", result.Diagnostics.Select(diagnostic => diagnostic.Descriptor.Id));
        Assert.Empty(result.Catalog!.Entries);
    }

    [Fact]
    public void Sections_metadata_reaches_the_generator_from_the_item()
    {
        var result = GeneratorRunner.Run(TestProject.With(new CitationInput(
            "/project/citations.md", "## News\n- Not a paper [l](https://a.org/news)\n## Papers\n- OTAS: x [l](https://a.org)\n", Sections: "Papers")));
        Assert.Empty(result.Diagnostics);
        Assert.Contains("OTAS =>", result.SingleSource);
        Assert.DoesNotContain("NotAPaper", result.SingleSource);
    }

    private static string CorpusLine(string file, int line) => CorpusLines(file, line, line);

    private static string CorpusLines(string file, int first, int last) =>
        string.Join("\n", Corpus.Read(file).Split('\n').Skip(first - 1).Take(last - first + 1)) + "\n";
}
