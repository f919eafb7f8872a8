using Erp.Domain.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Platform;

public sealed class DocumentStatusChangeConfiguration : IEntityTypeConfiguration<DocumentStatusChange>
{
    public void Configure(EntityTypeBuilder<DocumentStatusChange> builder)
    {
        builder.ToTable("DocumentStatusChanges");
        builder.Property(c => c.DocumentType).HasMaxLength(50);
        builder.Property(c => c.FromStatus).HasMaxLength(50);
        builder.Property(c => c.ToStatus).HasMaxLength(50);
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasIndex(c => new { c.TenantId, c.DocumentType, c.DocumentId });
    }
}
