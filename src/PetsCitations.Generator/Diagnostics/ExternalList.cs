using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>
/// A list its user does not own (an item with <c>External="true"</c>): a public awesome-list is not theirs to fix, so its
/// warnings (a paper listed twice, a stray <c>**</c>) must not fail a <c>TreatWarningsAsErrors</c> build nor print on
/// every build. They are reported as messages, which the IDE still lists; errors, which lose a paper, stay errors.
/// </summary>
internal static class ExternalList
{
    public static EquatableArray<DiagnosticInfo> AsMessages(EquatableArray<DiagnosticInfo> diagnostics)
    {
        var lowered = new DiagnosticInfo[diagnostics.Count];
        var changed = false;
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var isWarning = (diagnostic.Severity ?? diagnostic.Descriptor.DefaultSeverity) == DiagnosticSeverity.Warning;
            lowered[i] = isWarning ? diagnostic with { Severity = DiagnosticSeverity.Info } : diagnostic;
            changed |= isWarning;
        }

        return changed ? lowered.ToEquatableArray() : diagnostics;
    }
}
