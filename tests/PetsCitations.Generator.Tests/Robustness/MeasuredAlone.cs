namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Tests that measure memory or time: xunit runs this collection on its own after the parallel ones, so that the
/// process-wide figures are the generator's and other tests do not compete for the two cores.
/// </summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;
