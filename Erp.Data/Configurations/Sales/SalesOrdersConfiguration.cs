using Erp.Domain.Catalog;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Quotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class SalesOrderConfiguration : IEntityTypeConfiguration<SalesOrder>
{
    public void Configure(EntityTypeBuilder<SalesOrder> builder)
    {
        builder.Property(o => o.Number).HasMaxLength(50);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.ExchangeRate).HasPrecision(19, 8);
        builder.Property(o => o.Notes).HasMaxLength(2000);
        builder.Property(o => o.ApprovalReason).HasMaxLength(500);
        builder.Property(o => o.SubmittedBy).HasMaxLength(450);
        builder.Property(o => o.ApprovedBy).HasMaxLength(450);
        builder.Ignore(o => o.OrderDiscount);
        builder.HasIndex(o => new { o.TenantId, o.Number }).IsUnique();
        builder.HasIndex(o => new { o.TenantId, o.IsDeleted, o.OrderDate, o.Number });
        builder.HasIndex(o => new { o.TenantId, o.CustomerId, o.Status });
        builder.HasIndex(o => new { o.TenantId, o.Status, o.OrderDate });
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SalesOrderLineConfiguration : IEntityTypeConfiguration<SalesOrderLine>
{
    public void Configure(EntityTypeBuilder<SalesOrderLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.UnitCode).HasMaxLength(20);
        builder.Ignore(l => l.Discount);
        builder.Ignore(l => l.RemainingQuantity);
        builder.HasIndex(l => new { l.OrderId, l.LineNumber }).IsUnique();
        builder.HasIndex(l => new { l.TenantId, l.ProductId });
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class QuotationConfiguration : IEntityTypeConfiguration<Quotation>
{
    public void Configure(EntityTypeBuilder<Quotation> builder)
    {
        builder.Property(q => q.Number).HasMaxLength(50);
        builder.Property(q => q.Currency).HasMaxLength(3);
        builder.Property(q => q.ExchangeRate).HasPrecision(19, 8);
        builder.Property(q => q.Notes).HasMaxLength(2000);
        builder.Ignore(q => q.OrderDiscount);
        builder.Ignore(q => q.Terms);
        builder.HasIndex(q => new { q.TenantId, q.Number }).IsUnique();
        builder.HasIndex(q => new { q.TenantId, q.IsDeleted, q.QuotationDate, q.Number });
        builder.HasIndex(q => new { q.TenantId, q.Status, q.ValidUntil });
        builder.HasIndex(q => new { q.TenantId, q.CustomerId });
        builder.HasOne<Customer>().WithMany().HasForeignKey(q => q.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(q => q.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SalesOrder>().WithMany().HasForeignKey(q => q.SalesOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Lines).WithOne().HasForeignKey(l => l.QuotationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class QuotationLineConfiguration : IEntityTypeConfiguration<QuotationLine>
{
    public void Configure(EntityTypeBuilder<QuotationLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.UnitCode).HasMaxLength(20);
        builder.Ignore(l => l.Discount);
        builder.HasIndex(l => new { l.QuotationId, l.LineNumber }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Erp.Domain.Sales.Deliveries.Delivery>
{
    public void Configure(EntityTypeBuilder<Erp.Domain.Sales.Deliveries.Delivery> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.Note).HasMaxLength(1000);
        builder.HasIndex(d => new { d.TenantId, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.SalesOrderId });
        builder.HasOne<SalesOrder>().WithMany().HasForeignKey(d => d.SalesOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(d => d.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DeliveryLineConfiguration : IEntityTypeConfiguration<Erp.Domain.Sales.Deliveries.DeliveryLine>
{
    public void Configure(EntityTypeBuilder<Erp.Domain.Sales.Deliveries.DeliveryLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.UnitCode).HasMaxLength(20);
        builder.HasIndex(l => new { l.DeliveryId, l.LineNumber }).IsUnique();
        builder.HasOne<SalesOrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
