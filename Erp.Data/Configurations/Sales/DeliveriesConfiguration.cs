using Erp.Domain.Catalog;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.Carrier).HasMaxLength(100);
        builder.Property(d => d.TrackingNumber).HasMaxLength(100);
        builder.Property(d => d.Note).HasMaxLength(1000);
        builder.Ignore(d => d.CostValue);
        builder.HasIndex(d => new { d.TenantId, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.Status, d.DeliveryDate });
        builder.HasIndex(d => new { d.TenantId, d.SalesOrderId });
        builder.HasOne<Location>().WithMany().HasForeignKey(d => d.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DeliveryLineConfiguration : IEntityTypeConfiguration<DeliveryLine>
{
    public void Configure(EntityTypeBuilder<DeliveryLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.UnitCode).HasMaxLength(20);
        builder.HasIndex(l => new { l.DeliveryId, l.LineNumber }).IsUnique();
        builder.HasIndex(l => new { l.TenantId, l.OrderLineId });
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
