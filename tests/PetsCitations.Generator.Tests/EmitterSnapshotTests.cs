using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>The generated source, reviewed as text: snapshots beside this file.</summary>
public sealed class EmitterSnapshotTests
{
    [Fact]
    public void Seed_catalog() =>
        Snapshot.Verify(GeneratorRunner.Run(TestProject.With(TestFiles.Seed)).SingleSource);

    [Fact]
    public void Seed_catalog_for_CSharp_7_3_has_no_nullable_annotations() => Snapshot.Verify(
        GeneratorRunner.Run(TestProject.With(TestFiles.Seed) with { LanguageVersion = LanguageVersion.CSharp7_3 }).SingleSource);

    [Fact]
    public void Public_catalog_with_class_name_and_namespace_metadata() => Snapshot.Verify(GeneratorRunner.Run(
        TestProject.With(new CitationInput("/project/papers.md", "## Serving\n- **OTAS: Elastic** [l](https://arxiv.org/abs/2401.05031)\n", ClassName: "Papers", Namespace: "Lab.Catalog")) with { IsPublic = true })
        .SingleSource);

    [Fact]
    public void Catalog_in_the_global_namespace() => Snapshot.Verify(
        GeneratorRunner.Run(TestProject.With("- A [l](https://a.org)\n") with { RootNamespace = null }).SingleSource);

    [Fact]
    public void Hover_states_a_year_once_when_the_venue_names_it() => Assert.Contains(
        "/// <remarks>https://arxiv.org/abs/2401.05031 | ICLR 2024 | line 1</remarks>",
        GeneratorRunner.Run(TestProject.With("- (*ICLR'24*) Elastic Serving [[paper](https://arxiv.org/abs/2401.05031)]\n")).SingleSource);

    [Fact]
    public void Empty_catalog() => Snapshot.Verify(GeneratorRunner.Run(TestProject.With("# Nothing\n")).SingleSource);

    [Fact]
    public void Text_that_could_escape_literals_comments_or_directives_is_escaped() => Snapshot.Verify(GeneratorRunner.Run(
        TestProject.With("""
            ## Quotes "and" \backslashes\ & <tags>
            - Quote: a "quoted" \"; } class X { title [l](https://a.org/?q="x"&y=<z>)
            - Doc: `</summary>` <b>bold</b> `*/` \*/ /\* [l](https://b.org/*/)
            - Directive: #if DEBUG and {braces} \u0022 @" [l](https://c.org)
            - Keyword: class [l](https://d.org)
            - class: keyword title [l](https://e.org)
            - Emoji 🚀 and Ünïcödé and RTL ‮mark [l](https://f.org/ü)
            """)).SingleSource);
}
