using PetsCitations.CodeFixes.Tests.Infrastructure;

namespace PetsCitations.CodeFixes.Tests;

/// <summary>
/// The code fix of PETS102 replaces the lookup by the entry's member, written as the IDE simplifies names. The framework
/// applies it one diagnostic at a time and with Fix All in the document, the project and the solution, each of which
/// must give the fixed code.
/// </summary>
public sealed class CodeFixTests
{
    private const string Message = "Use PetsCitations.{0} instead of looking up '{1}': the compiler checks a member's name";

    [Fact]
    public async Task Lookup_that_finds_an_entry_becomes_the_member()
    {
        var test = new LookupTest
        {
            TestCode = """
                internal static class Uses
                {
                    private static string Title() => {|#0:PetsCitations.FindByArxivId("2401.05031")|}!.Title;
                }
                """,
            FixedCode = """
                internal static class Uses
                {
                    private static string Title() => PetsCitations.OTAS!.Title;
                }
                """,
        }.WithCatalog("citations.md", Lists.Papers);
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, string.Format(Message, "OTAS", "2401.05031")));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Member_is_written_as_short_as_the_usings_allow()
    {
        var test = new LookupTest
        {
            TestCode = """
                using Lab.Papers;

                namespace App
                {
                    internal static class Uses
                    {
                        private static object? Imported() => {|#0:Catalog.FindByUrl("https://arxiv.org/abs/2312.12456")|};

                        private static object? Qualified() => {|#1:global::Lab.Papers.Catalog.FindByDoi("10.1145/3605573.3605585")|};
                    }
                }
                """,
            FixedCode = """
                using Lab.Papers;

                namespace App
                {
                    internal static class Uses
                    {
                        private static object? Imported() => Catalog.PowerInfer;

                        private static object? Qualified() => Catalog.FastPTM;
                    }
                }
                """,
        }.WithCatalog("citations.md", Lists.Papers, ("ClassName", "Catalog"), ("Namespace", "Lab.Papers"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use Catalog.PowerInfer instead of looking up 'https://arxiv.org/abs/2312.12456': the compiler checks a member's name"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(1, "Use Catalog.FastPTM instead of looking up '10.1145/3605573.3605585': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Member_of_a_catalog_that_is_not_imported_keeps_its_namespace()
    {
        var test = new LookupTest
        {
            TestCode = """
                namespace App
                {
                    internal static class Uses
                    {
                        private static object? Paper() => {|#0:Lab.Papers.Catalog.FindByArxivId("2401.05031")|};
                    }
                }
                """,
            FixedCode = """
                namespace App
                {
                    internal static class Uses
                    {
                        private static object? Paper() => Lab.Papers.Catalog.OTAS;
                    }
                }
                """,
        }.WithCatalog("citations.md", Lists.Papers, ("ClassName", "Catalog"), ("Namespace", "Lab.Papers"));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, "Use Catalog.OTAS instead of looking up '2401.05031': the compiler checks a member's name"));
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Fix_all_replaces_every_lookup_that_finds_an_entry_in_every_document_and_leaves_misses()
    {
        var test = new LookupTest
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Chart.cs", """
                        internal static class Chart
                        {
                            private static readonly object?[] Highlighted =
                            {
                                {|#0:PetsCitations.FindByArxivId("2401.05031")|},
                                {|#1:PetsCitations.FindByDoi("10.1145/3627703.3650083")|},
                                PetsCitations.FindByArxivId({|#2:"2401.05301"|}),
                            };
                        }
                        """),
                    ("/0/Report.cs", """
                        internal static class Report
                        {
                            private static object? Compared() => {|#3:PetsCitations.FindByUrl("https://www.usenix.org/conference/osdi24/presentation/wu-bingyang")|};
                        }
                        """),
                },
            },
            FixedState =
            {
                Sources =
                {
                    ("/0/Chart.cs", """
                        internal static class Chart
                        {
                            private static readonly object?[] Highlighted =
                            {
                                PetsCitations.OTAS,
                                PetsCitations.Chameleon,
                                PetsCitations.FindByArxivId({|#2:"2401.05301"|}),
                            };
                        }
                        """),
                    ("/0/Report.cs", """
                        internal static class Report
                        {
                            private static object? Compared() => PetsCitations.DLoRA;
                        }
                        """),
                },
            },
        }.WithCatalog("citations.md", Lists.Papers);
        var miss = LookupTest.NoEntry(2, "citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?");
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, string.Format(Message, "OTAS", "2401.05031")));
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(1, string.Format(Message, "Chameleon", "10.1145/3627703.3650083")));
        test.ExpectedDiagnostics.Add(miss);
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(3, string.Format(Message, "DLoRA", "https://www.usenix.org/conference/osdi24/presentation/wu-bingyang")));
        test.FixedState.ExpectedDiagnostics.Add(miss);
        await test.VerifyAsync();
    }

    [Fact]
    public async Task Member_named_after_a_keyword_is_written_with_at()
    {
        var test = new LookupTest
        {
            TestCode = """
                internal static class Uses
                {
                    private static object? Paper() => {|#0:PetsCitations.FindByArxivId("2401.05031")|};
                }
                """,
            FixedCode = """
                internal static class Uses
                {
                    private static object? Paper() => PetsCitations.@class;
                }
                """,
        }.WithCatalog("citations.md", "- OTAS: An Elastic Transformer Serving System via Token Adaptation [link to paper](https://arxiv.org/abs/2401.05031) <!-- id: class -->\n");
        test.ExpectedDiagnostics.Add(LookupTest.UseMember(0, string.Format(Message, "class", "2401.05031")));
        await test.VerifyAsync();
    }
}
