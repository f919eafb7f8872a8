using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Inventory;

public sealed class StockAdjustmentConfiguration : IEntityTypeConfiguration<StockAdjustment>
{
    public void Configure(EntityTypeBuilder<StockAdjustment> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(50);
        builder.Property(a => a.ReasonName).HasMaxLength(100);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Property(a => a.SubmittedBy).HasMaxLength(450);
        builder.Property(a => a.ApprovedBy).HasMaxLength(450);
        builder.Ignore(a => a.Title);
        builder.HasIndex(a => new { a.TenantId, a.Kind, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.Kind, a.Status, a.DocumentDate });
        builder.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdjustmentReason>().WithMany().HasForeignKey(a => a.ReasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.AdjustmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class StockAdjustmentLineConfiguration : IEntityTypeConfiguration<StockAdjustmentLine>
{
    public void Configure(EntityTypeBuilder<StockAdjustmentLine> builder)
    {
        builder.HasIndex(l => new { l.AdjustmentId, l.LineNumber }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
