using Erp.Domain.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Platform;

public sealed class DocumentSequenceConfiguration : IEntityTypeConfiguration<DocumentSequence>
{
    // DocumentNumberService writes this table with raw SQL: keep the names in step with it.
    public const string Table = "DocumentSequences";

    public void Configure(EntityTypeBuilder<DocumentSequence> builder)
    {
        builder.ToTable(Table);
        builder.Property(s => s.DocumentType).HasMaxLength(50);
        builder.Property(s => s.Prefix).HasMaxLength(20);
        builder.Property(s => s.Format).HasMaxLength(DocumentNumberFormat.MaxLength);
        builder.HasIndex(s => new { s.TenantId, s.DocumentType, s.Period }).IsUnique();
    }
}
