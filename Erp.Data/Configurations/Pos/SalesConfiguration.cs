using Erp.Domain.Catalog;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Pos;

public sealed class PosSaleConfiguration : IEntityTypeConfiguration<PosSale>
{
    public void Configure(EntityTypeBuilder<PosSale> builder)
    {
        builder.Property(s => s.Number).HasMaxLength(50);
        builder.Property(s => s.CustomerName).HasMaxLength(300);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.CashierId).HasMaxLength(450);
        builder.Property(s => s.CashierName).HasMaxLength(200);
        builder.Property(s => s.Note).HasMaxLength(200);
        builder.Property(s => s.OverrideApprovedBy).HasMaxLength(450);

        // Held sales have no number yet.
        builder.HasIndex(s => new { s.TenantId, s.Number }).IsUnique().HasFilter("\"Number\" <> ''");
        builder.HasIndex(s => new { s.TenantId, s.SessionId, s.Status });
        builder.HasIndex(s => new { s.TenantId, s.LocationId, s.SoldAt });
        builder.HasOne<PosSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SaleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Payments).WithOne().HasForeignKey(p => p.SaleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PosSaleLineConfiguration : IEntityTypeConfiguration<PosSaleLine>
{
    public void Configure(EntityTypeBuilder<PosSaleLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Ignore(l => l.ReturnableQuantity);
        builder.Ignore(l => l.PriceOverridden);
        builder.HasIndex(l => new { l.SaleId, l.LineNumber }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PosSalePaymentConfiguration : IEntityTypeConfiguration<PosSalePayment>
{
    public void Configure(EntityTypeBuilder<PosSalePayment> builder) => builder.Property(p => p.MethodName).HasMaxLength(60);
}
