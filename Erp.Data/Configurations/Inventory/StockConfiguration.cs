using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Inventory;

public sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.HasIndex(l => new { l.TenantId, l.ProductId, l.LocationId }).IsUnique();
        builder.HasIndex(l => new { l.TenantId, l.LocationId });
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.Available);
        builder.Ignore(l => l.UnitCost);
    }
}

public sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.Property(m => m.SourceType).HasMaxLength(50);
        builder.Property(m => m.SourceNumber).HasMaxLength(50);
        builder.Property(m => m.Note).HasMaxLength(500);
        builder.Property(m => m.ProductName).HasMaxLength(200);
        builder.Property(m => m.ProductSku).HasMaxLength(64);
        builder.Property(m => m.UserId).HasMaxLength(450);
        // The stock card reads a product's movements in order, per location or all.
        builder.HasIndex(m => new { m.TenantId, m.ProductId, m.LocationId, m.Sequence }).IsUnique();
        builder.HasIndex(m => new { m.TenantId, m.ProductId, m.OccurredAt });
        builder.HasIndex(m => new { m.TenantId, m.LocationId, m.OccurredAt });
        builder.HasIndex(m => new { m.TenantId, m.SourceId });
        // No foreign key to the product: the movement keeps its own copy of name and SKU and outlives the product row.
        builder.HasOne<Location>().WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProductStockConfiguration : IEntityTypeConfiguration<ProductStock>
{
    public void Configure(EntityTypeBuilder<ProductStock> builder)
    {
        builder.HasIndex(s => new { s.TenantId, s.ProductId }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.Status, s.ProductId });
        builder.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InventorySettingsConfiguration : IEntityTypeConfiguration<InventorySettings>
{
    public void Configure(EntityTypeBuilder<InventorySettings> builder) =>
        builder.HasIndex(s => s.TenantId).IsUnique();
}

public sealed class AdjustmentReasonConfiguration : IEntityTypeConfiguration<AdjustmentReason>
{
    public void Configure(EntityTypeBuilder<AdjustmentReason> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => new { r.TenantId, r.Name }).IsUnique();
    }
}

public sealed class LowStockAlertConfiguration : IEntityTypeConfiguration<LowStockAlert>
{
    public void Configure(EntityTypeBuilder<LowStockAlert> builder)
    {
        builder.HasIndex(a => new { a.TenantId, a.ProductId, a.LocationId }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
