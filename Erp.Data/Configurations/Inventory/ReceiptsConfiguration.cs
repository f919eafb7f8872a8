using Erp.Domain.Catalog;
using Erp.Domain.Inventory.Receipts;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Inventory;

public sealed class GoodsReceiptConfiguration : IEntityTypeConfiguration<GoodsReceipt>
{
    public void Configure(EntityTypeBuilder<GoodsReceipt> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(50);
        builder.Property(r => r.SupplierReference).HasMaxLength(100);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.ExchangeRate).HasPrecision(19, 8);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Ignore(r => r.Total);
        builder.HasIndex(r => new { r.TenantId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.Status, r.DocumentDate });
        builder.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReceiptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class GoodsReceiptLineConfiguration : IEntityTypeConfiguration<GoodsReceiptLine>
{
    public void Configure(EntityTypeBuilder<GoodsReceiptLine> builder)
    {
        builder.HasIndex(l => new { l.ReceiptId, l.LineNumber }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
