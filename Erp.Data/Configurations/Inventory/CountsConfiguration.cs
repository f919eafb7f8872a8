using Erp.Domain.Catalog;
using Erp.Domain.Inventory.Counts;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Inventory;

public sealed class StockCountConfiguration : IEntityTypeConfiguration<StockCount>
{
    public void Configure(EntityTypeBuilder<StockCount> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(50);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.Status, c.CountDate });
        builder.HasIndex(c => new { c.TenantId, c.CountDate });
        builder.Ignore(c => c.IsCounting);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(c => c.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CountId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class StockCountLineConfiguration : IEntityTypeConfiguration<StockCountLine>
{
    public void Configure(EntityTypeBuilder<StockCountLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(64);
        builder.Property(l => l.ProductName).HasMaxLength(200);
        builder.Property(l => l.CountedBy).HasMaxLength(450);
        builder.HasIndex(l => new { l.TenantId, l.CountId, l.ProductId, l.LocationId }).IsUnique();
        builder.Ignore(l => l.Difference);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
