using Erp.Domain.Common;

namespace Erp.Domain.Platform.Documents;

public static class DocumentErrors
{
    public static Error IllegalTransition(string document, string from, string to) => new(
        "documents.illegal_transition",
        from == to
            ? $"This {document} is already {from}."
            : $"A {document} that is {from} cannot be moved to {to}.");

    public static readonly Error ReasonRequired = new("documents.reason_required", "Give a reason for this change.");
}
