using Erp.Domain.Common;

namespace Erp.Domain.Platform.Documents;

/// <summary>One row per status transition of any document: who moved which document from what to what, when and why.</summary>
public sealed class DocumentStatusChange : TenantEntity
{
    private DocumentStatusChange() { }

    public DocumentStatusChange(string documentType, Guid documentId, string? fromStatus, string toStatus,
        string? changedBy, DateTimeOffset changedAt, string? reason)
    {
        DocumentType = Text.Required(documentType, 50, "Document type");
        DocumentId = documentId;
        FromStatus = fromStatus;
        ToStatus = Text.Required(toStatus, 50, "Status");
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Reason = Text.Optional(reason, 500, "Reason");
    }

    public string DocumentType { get; private set; } = "";
    public Guid DocumentId { get; private set; }

    /// <summary>Null for the first row, written when the document is created.</summary>
    public string? FromStatus { get; private set; }

    public string ToStatus { get; private set; } = "";
    public string? ChangedBy { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    public string? Reason { get; private set; }
}
