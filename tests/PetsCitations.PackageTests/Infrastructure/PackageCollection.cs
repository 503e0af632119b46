namespace PetsCitations.PackageTests.Infrastructure;

/// <summary>
/// Every test class of this assembly: they share one packed package and its packages folder, and the collection's
/// fixture removes them after the last one. xunit 2 has no assembly fixture, and the test host can be ended as soon as
/// the results are in, before any exit handler has finished; a collection fixture is disposed within the run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageCollection.RunFolder>
{
    public const string Name = "Package";

    /// <summary>Owns the temporary folder of the run, which <see cref="PackedPackage"/> creates on first use.</summary>
    public sealed class RunFolder : IDisposable
    {
        public void Dispose() => PackedPackage.DeleteRunFolder();
    }
}
