using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.CodeFixes.Tests.Infrastructure;

namespace PetsCitations.CodeFixes.Tests;

/// <summary>
/// What the analyzer reports for a constant lookup, against the catalog the generator emits in the same compilation:
/// PETS101 when the call would return null, PETS102 when it returns an entry.
/// </summary>
public sealed class LookupDiagnosticTests
{
    private static LookupTest Test(string code) => new LookupTest { TestCode = code }.WithCatalog("citations.md", Lists.Papers);

    private static string InMethod(string statements) => $$"""
        internal static class Uses
        {
            private static void Run()
            {
                {{statements}}
            }
        }
        """;

    [Fact]
    public async Task Mistyped_arXiv_id_is_a_warning_at_the_argument_naming_the_file_and_the_closest_entry()
    {
        var test = Test(InMethod("""_ = PetsCitations.FindByArxivId({|#0:"2401.05301"|});"""));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task ArXiv_id_with_prefix_and_version_finds_the_entry_as_at_run_time()
    {
        var test = Test(InMethod("""_ = {|#0:PetsCitations.FindByArxivId("arXiv:2401.05031v2")|};"""));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.OTAS instead of looking up 'arXiv:2401.05031v2': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task ArXiv_id_far_from_every_entry_is_a_warning_without_suggestions()
    {
        var test = Test(InMethod("""_ = PetsCitations.FindByArxivId({|#0:"1706.03762"|});"""));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with arXiv id '1706.03762'. Check the arXiv id, or add the paper to citations.md."));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task DOI_in_another_case_and_as_a_doi_org_URL_finds_the_entry()
    {
        var test = Test(InMethod("""
            _ = {|#0:PetsCitations.FindByDoi("10.1145/3627703.3650083")|};
                    _ = {|#1:PetsCitations.FindByDoi("https://doi.org/10.1145/3605573.3605585")|};
                    _ = {|#2:PetsCitations.FindByDoi("DOI:10.1145/3627703.3650083")|};
            """));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.Chameleon instead of looking up '10.1145/3627703.3650083': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(1, "Use PetsCitations.FastPTM instead of looking up 'https://doi.org/10.1145/3605573.3605585': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(2, "Use PetsCitations.Chameleon instead of looking up 'DOI:10.1145/3627703.3650083': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Mistyped_DOI_is_a_warning_with_the_closest_DOI()
    {
        var test = Test(InMethod("""_ = PetsCitations.FindByDoi({|#0:"10.1145/3627703.3650038"|});"""));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with DOI '10.1145/3627703.3650038'; did you mean Chameleon (10.1145/3627703.3650083)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Exact_URL_finds_the_entry()
    {
        var test = Test(InMethod("""_ = {|#0:PetsCitations.FindByUrl("https://www.usenix.org/conference/osdi24/presentation/wu-bingyang")|};"""));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.DLoRA instead of looking up 'https://www.usenix.org/conference/osdi24/presentation/wu-bingyang': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task URL_that_differs_only_by_a_trailing_slash_is_a_warning_as_the_lookup_is_ordinal()
    {
        var test = Test(InMethod("""_ = PetsCitations.FindByUrl({|#0:"https://arxiv.org/abs/2401.05031/"|});"""));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with URL 'https://arxiv.org/abs/2401.05031/'; did you mean OTAS (https://arxiv.org/abs/2401.05031)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task URL_far_from_every_entry_is_a_warning_without_suggestions()
    {
        var test = Test(InMethod("""_ = PetsCitations.FindByUrl({|#0:"https://example.org/paper"|});"""));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with URL 'https://example.org/paper'. Check the URL, or add the paper to citations.md."));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task At_most_three_suggestions_nearest_first_then_in_document_order()
    {
        var test = new LookupTest { TestCode = InMethod("""_ = PetsCitations.FindByArxivId({|#0:"2401.05030"|});""") }.WithCatalog("citations.md", Lists.Neighbours);
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with arXiv id '2401.05030'; did you mean Alpha (2401.05032), Beta (2401.05033) or Delta (2401.05034)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Concatenated_constant_is_checked_as_its_value()
    {
        var test = Test(InMethod("""
            _ = {|#0:PetsCitations.FindByArxivId("2401." + "05031")|};
                    _ = PetsCitations.FindByArxivId({|#1:"2401." + "05301"|});
            """));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.OTAS instead of looking up '2401.05031': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(1, "citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Verbatim_string_is_checked_as_its_value()
    {
        var test = Test(InMethod("""_ = PetsCitations.FindByUrl({|#0:@"https://arxiv.org/abs/2401.0503"|});"""));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with URL 'https://arxiv.org/abs/2401.0503'; did you mean OTAS (https://arxiv.org/abs/2401.05031)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Const_fields_and_locals_are_checked()
    {
        var test = Test("""
            internal static class Uses
            {
                private const string Otas = "2401.05031";
                private const string Typo = "2401.05301";

                private static void Run()
                {
                    const string url = "https://arxiv.org/abs/2312.12456";
                    _ = {|#0:PetsCitations.FindByArxivId(Otas)|};
                    _ = PetsCitations.FindByArxivId({|#1:Typo|});
                    _ = {|#2:PetsCitations.FindByUrl(url)|};
                }
            }
            """);
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.OTAS instead of looking up '2401.05031': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(1, "citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(2, "Use PetsCitations.PowerInfer instead of looking up 'https://arxiv.org/abs/2312.12456': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Argument_that_is_not_a_constant_is_not_checked()
    {
        var test = Test("""
            internal static class Uses
            {
                private static readonly string ReadOnly = "2401.05301";

                private static void Run(string id)
                {
                    _ = PetsCitations.FindByArxivId(id);
                    _ = PetsCitations.FindByArxivId(ReadOnly);
                    _ = PetsCitations.FindByArxivId(id + "v2");
                    _ = PetsCitations.FindByUrl($"https://arxiv.org/abs/{id}");
                }
            }
            """);
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Method_of_the_same_name_on_another_class_is_not_checked()
    {
        var test = Test("""
            internal static class Other
            {
                public static object? FindByArxivId(string id) => null;
            }

            internal static class Uses
            {
                private static void Run() => _ = Other.FindByArxivId("2401.05301");
            }
            """);
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Each_catalog_of_a_project_is_looked_up_in_its_own_file()
    {
        var test = new LookupTest
        {
            TestCode = InMethod("""
                _ = {|#0:PetsCitations.FindByArxivId("2401.05031")|};
                        _ = Neighbours.FindByArxivId({|#1:"2401.05031"|});
                        _ = {|#2:Neighbours.FindByArxivId("2401.05032")|};
                        _ = PetsCitations.FindByArxivId({|#3:"2401.05032"|});
                """),
        }
            .WithCatalog("citations.md", Lists.Papers)
            .WithCatalog("neighbours.md", Lists.Neighbours, ("ClassName", "Neighbours"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.OTAS instead of looking up '2401.05031': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(1, "neighbours.md has no entry with arXiv id '2401.05031'; did you mean Alpha (2401.05032), Beta (2401.05033) or Delta (2401.05034)?"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(2, "Use Neighbours.Alpha instead of looking up '2401.05032': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(3, "citations.md has no entry with arXiv id '2401.05032'; did you mean OTAS (2401.05031)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Catalog_in_a_namespace_is_checked_from_code_that_imports_it()
    {
        var test = new LookupTest
        {
            TestCode = """
                using Lab.Papers;

                namespace App
                {
                    internal static class Uses
                    {
                        private static void Run() => _ = Catalog.FindByArxivId({|#0:"2401.05301"|});
                    }
                }
                """,
        }.WithCatalog("citations.md", Lists.Papers, ("ClassName", "Catalog"), ("Namespace", "Lab.Papers"));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task CSharp_7_3_code_is_checked()
    {
        var test = new LookupTest
        {
            LanguageVersion = LanguageVersion.CSharp7_3,
            TestCode = """
                internal static class Uses
                {
                    private static void Run()
                    {
                        var typo = PetsCitations.FindByArxivId({|#0:"2401.05301"|});
                        var otas = {|#1:PetsCitations.FindByUrl("https://arxiv.org/abs/2401.05031")|};
                    }
                }
                """,
        }.WithCatalog("citations.md", Lists.Papers);
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(0, "citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(1, "Use PetsCitations.OTAS instead of looking up 'https://arxiv.org/abs/2401.05031': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Sections_filter_leaves_out_entries_that_the_lookup_then_does_not_find()
    {
        var test = new LookupTest
        {
            TestCode = InMethod("""
                _ = {|#0:PetsCitations.FindByArxivId("2401.05031")|};
                        _ = PetsCitations.FindByDoi({|#1:"10.1145/3627703.3650083"|});
                """),
        }.WithCatalog("citations.md", Lists.Papers, ("Sections", "Serving"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.OTAS instead of looking up '2401.05031': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.NoEntry(1, "citations.md has no entry with DOI '10.1145/3627703.3650083'. Check the DOI, or add the paper to citations.md."));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task DOI_that_only_the_bibliography_gives_is_found()
    {
        const string Library = """
            @inproceedings{otas,
              title = {{OTAS}: An Elastic Transformer Serving System via Token Adaptation},
              author = {Chen, Jinyu},
              doi = {10.1109/INFOCOM52122.2024.10621087},
              year = {2024}
            }
            """;
        var test = new LookupTest
        {
            TestCode = InMethod("""_ = {|#0:PetsCitations.FindByDoi("10.1109/infocom52122.2024.10621087")|};"""),
        }
            .WithCatalog("citations.md", Lists.Otas, ("Bibliography", "references.bib"))
            .WithLibrary("references.bib", Library);
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use PetsCitations.OTAS instead of looking up '10.1109/infocom52122.2024.10621087': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Lookup_in_code_without_a_catalog_is_not_checked()
    {
        var test = new LookupTest
        {
            TestCode = """
                internal static class PetsCitations
                {
                    public static object? FindByArxivId(string id) => null;
                }

                internal static class Uses
                {
                    private static void Run() => _ = PetsCitations.FindByArxivId("2401.05301");
                }
                """,
        };
        await test.VerifyAsync();
    }
}
