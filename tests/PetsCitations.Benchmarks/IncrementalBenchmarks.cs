using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// Re-runs of a driver that has already run once, as the IDE does on each keystroke. The driver is immutable, so every
/// invocation replays the same step from the same state.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private readonly OptionsProvider _options = OptionsProvider.ForPetsCitations();
    private GeneratorDriver _driver = null!;
    private AdditionalText _file = null!;
    private AdditionalText _editedFile = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;

    [Params(Input.Entries10k)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = InputText.Of(Input);
        _file = new InMemoryAdditionalText(Consumer.MarkdownPath, text);
        _editedFile = new InMemoryAdditionalText(Consumer.MarkdownPath, EditOneEntry(text));
        _compilation = Consumer.Compilation();
        var tree = _compilation.SyntaxTrees.Single();
        _editedCompilation = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(
            Microsoft.CodeAnalysis.Text.SourceText.From(Consumer.EditedCode)));
        _driver = Generators.CreateDriver(Generators.PetsCitations, _file, _options).RunGenerators(_compilation);
    }

    /// <summary>The user typed in a C# file: nothing the generator reads has changed.</summary>
    [Benchmark]
    public GeneratorDriver AfterCSharpEdit() => _driver.RunGenerators(_editedCompilation);

    /// <summary>The user changed the title of one entry in the middle of the list.</summary>
    [Benchmark]
    public GeneratorDriver AfterMarkdownEdit() => _driver.ReplaceAdditionalText(_file, _editedFile).RunGenerators(_compilation);

    /// <summary>Inserts a word at the start of the title of the entry in the middle of the list.</summary>
    private static string EditOneEntry(string text)
    {
        var middle = text.IndexOf("\n- ", text.Length / 2, StringComparison.Ordinal);
        return text.Insert(middle + 3, "Revised ");
    }
}
