using Erp.Domain.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class PaymentMethodConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(60);
        builder.HasIndex(m => new { m.TenantId, m.Name }).IsUnique();
    }
}
