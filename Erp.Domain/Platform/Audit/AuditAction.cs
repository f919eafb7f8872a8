namespace Erp.Domain.Platform.Audit;

public enum AuditAction
{
    Added = 1,
    Modified = 2,
    Deleted = 3,
    SoftDeleted = 4,
}
