using Erp.Domain.Sales.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Erp.Data.Configurations.Sales;

public sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceList>
{
    public void Configure(EntityTypeBuilder<PriceList> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.CurrencyCode).HasMaxLength(3);
        builder.HasIndex(p => new { p.TenantId, p.Name }).IsUnique();
    }
}
