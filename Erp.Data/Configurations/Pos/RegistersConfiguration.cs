using Erp.Domain.Platform;
using Erp.Domain.Pos.Registers;
using Erp.Domain.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Pos;

public sealed class CashRegisterConfiguration : IEntityTypeConfiguration<CashRegister>
{
    public void Configure(EntityTypeBuilder<CashRegister> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.ReceiptHeader).HasMaxLength(500);
        builder.Property(r => r.ReceiptFooter).HasMaxLength(500);
        builder.Property(r => r.TaxId).HasMaxLength(50);
        builder.HasIndex(r => new { r.TenantId, r.Code }).IsUnique().HasFilter("\"IsDeleted\" = 0");
        builder.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.PaymentMethods).WithOne().HasForeignKey(m => m.RegisterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.PaymentMethods).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CashRegisterPaymentMethodConfiguration : IEntityTypeConfiguration<CashRegisterPaymentMethod>
{
    public void Configure(EntityTypeBuilder<CashRegisterPaymentMethod> builder)
    {
        builder.HasIndex(m => new { m.RegisterId, m.PaymentMethodId }).IsUnique();
        builder.HasOne<PaymentMethod>().WithMany().HasForeignKey(m => m.PaymentMethodId).OnDelete(DeleteBehavior.Restrict);
    }
}
