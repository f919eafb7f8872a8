namespace Erp.Domain.Platform.Documents;

/// <summary>A document whose transitions wait here until the data layer saves them with the document itself.</summary>
public interface IHasStatusHistory
{
    IReadOnlyList<DocumentStatusChange> TakeStatusChanges();
}
